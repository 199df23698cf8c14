namespace Riktning.Importing;

/// <summary>
/// How to read a figure, in addition to what the cell holds (<see cref="ValueStatus"/>): the Eurostat flags b, d, e, p, u.
/// The sixth Eurostat flag, c (confidential), is <see cref="ValueStatus.Confidential"/> and never a bit here, and a
/// provisional figure is <see cref="ValueStatus.Present"/> with <see cref="Provisional"/>: each meaning is stored one way.
/// <see cref="FlagLetters"/> writes and reads the letters.
/// </summary>
[Flags]
public enum ObservationFlags : byte
{
    None = 0,

    /// <summary>b: break in series; the figure does not compare with earlier periods as it stands.</summary>
    Break = 1,

    /// <summary>d: definition differs from the one the measure states.</summary>
    DefinitionDiffers = 2,

    /// <summary>e: estimated.</summary>
    Estimated = 4,

    /// <summary>p: provisional (preliminary); may be revised.</summary>
    Provisional = 8,

    /// <summary>u: low reliability.</summary>
    LowReliability = 16,
}
