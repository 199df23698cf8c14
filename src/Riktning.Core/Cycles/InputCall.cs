using Riktning.Auditing;

namespace Riktning.Cycles;

/// <summary>
/// The call for input before a cycle's working meeting: the organisations of the regional leadership it is addressed
/// to report on their plans and interventions by the deadline. One per cycle.
/// </summary>
public sealed class InputCall : IAudited
{
    public int Id { get; set; }

    public int CycleId { get; set; }

    /// <summary>The last day to answer; not after the working meeting.</summary>
    public DateOnly Deadline { get; set; }

    public string? Message { get; set; }

    /// <summary>Ids of the organisations asked to answer.</summary>
    public List<int> AddresseeIds { get; set; } = [];
}
