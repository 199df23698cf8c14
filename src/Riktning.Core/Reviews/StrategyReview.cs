using Riktning.Auditing;

namespace Riktning.Reviews;

/// <summary>
/// The review (revidering) of a strategy that comes about every four years: the evidence of a period, the changes
/// proposed to the indicators with their reasons, a decision on each, and at the end a new revision of the strategy made
/// from the accepted proposals. A review starts from the revision current at the time and can only complete while that
/// revision is still the current one, so no later revision is silently overwritten.
/// </summary>
public sealed class StrategyReview : IAudited
{
    public int Id { get; set; }

    /// <summary>The strategy definition's id (<c>varmlandsstrategin-2040</c>).</summary>
    public required string StrategyId { get; set; }

    /// <summary>The revision reviewed: the proposals are checked against it and applied to it.</summary>
    public int BaseRevision { get; set; }

    /// <summary>First year of the period reviewed.</summary>
    public int FromYear { get; set; }

    /// <summary>Last year of the period reviewed; the evidence reads the periods up to it.</summary>
    public int ToYear { get; set; }

    public required string Title { get; set; }

    public ReviewStatus Status { get; set; }

    /// <summary>The revision the review ended in; null while open.</summary>
    public int? ResultRevision { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? CompletedUtc { get; set; }
}
