using Riktning.Auditing;

namespace Riktning.Cycles;

/// <summary>One year of the årshjul: its meetings, its call for input and the outcomes; one per year.</summary>
public sealed class AnnualCycle : IAudited
{
    public int Id { get; set; }

    public int Year { get; set; }

    public string? Notes { get; set; }
}
