namespace Riktning.Importing;

/// <summary>
/// What a cell holds: a number (<see cref="Present"/>) or why there is none. How to read a number (provisional, estimated,
/// break in series...) is <see cref="ObservationFlags"/>; the stored byte values are fixed (4 was Provisional, moved to a flag).
/// </summary>
public enum ValueStatus : byte
{
    Present = 0,

    /// <summary>Not available, too uncertain to publish, or not yet reported (SCB/SSB <c>..</c>, <c>...</c>).</summary>
    Missing = 1,

    /// <summary>Withheld for confidentiality (SSB <c>:</c>).</summary>
    Confidential = 2,

    /// <summary>Cannot occur for this combination (SCB and SSB <c>.</c>).</summary>
    NotApplicable = 3,

    /// <summary>Exactly zero or none, written as a symbol (<c>-</c>); the source gives no number, so neither do we.</summary>
    Nil = 5,
}
