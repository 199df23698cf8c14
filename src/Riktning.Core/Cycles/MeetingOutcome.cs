using Riktning.Auditing;

namespace Riktning.Cycles;

/// <summary>What a meeting concluded, linked to the strategy, with an owner who follows it up by a date.</summary>
public sealed class MeetingOutcome : IAudited
{
    public int Id { get; set; }

    public int MeetingId { get; set; }

    public OutcomeKind Kind { get; set; }

    public required string Text { get; set; }

    public int OwnerOrganisationId { get; set; }

    public DateOnly FollowUpDate { get; set; }

    public FollowUpStatus FollowUpStatus { get; set; }

    /// <summary>What became of it, in words.</summary>
    public string? FollowUpNote { get; set; }

    /// <summary>Goal ids of the strategy revision current when it was recorded.</summary>
    public List<string> GoalIds { get; set; } = [];

    public List<string> IndicatorIds { get; set; } = [];

    public List<int> InterventionIds { get; set; } = [];

    /// <summary>Priority cooperation areas of the Norway framework.</summary>
    public List<string> CooperationAreaIds { get; set; } = [];
}
