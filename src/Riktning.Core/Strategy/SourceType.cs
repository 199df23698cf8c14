namespace Riktning.Strategy;

/// <summary>Where a measure's figures come from.</summary>
public enum SourceType
{
    /// <summary>No source chosen yet; shown as such, never as a made-up source.</summary>
    None,
    Scb,
    Ssb,
    Kolada,
}
