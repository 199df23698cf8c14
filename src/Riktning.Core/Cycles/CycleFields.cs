namespace Riktning.Cycles;

/// <summary>A cycle as typed in the form.</summary>
public sealed class CycleFields
{
    public string? Year { get; set; }

    public string? Notes { get; set; }
}
