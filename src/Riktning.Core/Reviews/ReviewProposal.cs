using Riktning.Auditing;

namespace Riktning.Reviews;

/// <summary>One proposed change of a review with its reason and the decision on it.</summary>
public sealed class ReviewProposal : IAudited
{
    public int Id { get; set; }

    public int ReviewId { get; set; }

    public ProposalKind Kind { get; set; }

    /// <summary>The indicator changed; for <see cref="ProposalKind.Add"/> the new indicator's id.</summary>
    public required string IndicatorId { get; set; }

    /// <summary>For <see cref="ProposalKind.Add"/>: the goal the new indicator belongs to.</summary>
    public string? GoalId { get; set; }

    /// <summary>The new (Swedish) name, for <see cref="ProposalKind.Add"/> and <see cref="ProposalKind.Rename"/>.</summary>
    public string? Name { get; set; }

    /// <summary>The measure bound, for <see cref="ProposalKind.Add"/> (optional) and <see cref="ProposalKind.Rebind"/>.</summary>
    public string? MeasureId { get; set; }

    /// <summary>For <see cref="ProposalKind.Rebind"/>: the one measure replaced; null replaces all of the indicator's measures.</summary>
    public string? ReplacedMeasureId { get; set; }

    public required string Reason { get; set; }

    public ProposalDecision Decision { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? DecidedUtc { get; set; }
}
