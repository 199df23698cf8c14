namespace Riktning.Cycles;

/// <summary>A plan target as typed in the form.</summary>
public sealed class TargetFields
{
    public string? Description { get; set; }

    /// <summary>A number; a decimal comma or point.</summary>
    public string? Value { get; set; }

    public string? Unit { get; set; }

    public string? Year { get; set; }

    /// <summary>A measure id of the current strategy, or empty.</summary>
    public string? Measure { get; set; }
}
