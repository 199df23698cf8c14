using Riktning.Auditing;

namespace Riktning.Cycles;

/// <summary>A plan's own target: a figure in a unit to reach by a year, optionally bound to a measure of the strategy.</summary>
public sealed class PlanTarget : IAudited
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    public required string Description { get; set; }

    public double Value { get; set; }

    public required string Unit { get; set; }

    /// <summary>Not before the plan's start year.</summary>
    public int Year { get; set; }

    /// <summary>A measure id of the current strategy, or null.</summary>
    public string? MeasureId { get; set; }
}
