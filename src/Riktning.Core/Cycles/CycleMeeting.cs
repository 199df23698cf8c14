using Riktning.Auditing;

namespace Riktning.Cycles;

/// <summary>One of a cycle's three meetings; each kind at most once per cycle, dated within the cycle's year.</summary>
public sealed class CycleMeeting : IAudited
{
    public int Id { get; set; }

    public int CycleId { get; set; }

    public MeetingKind Kind { get; set; }

    public DateOnly Date { get; set; }

    public string? Place { get; set; }

    /// <summary>Ids of the organisations invited.</summary>
    public List<int> InvitedIds { get; set; } = [];

    /// <summary>Ids of the organisations that took part.</summary>
    public List<int> PresentIds { get; set; } = [];

    public string? Agenda { get; set; }
}
