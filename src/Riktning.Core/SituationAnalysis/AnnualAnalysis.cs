using Riktning.Auditing;

namespace Riktning.SituationAnalysis;

/// <summary>
/// The situation analysis (nulägesanalys) of one year for one strategy. While a draft or under review its figures are
/// generated from the current statistics every time it is read; publishing stores them in <see cref="Snapshot"/>, with
/// the import batches they came from, and the analysis never changes again. Commentary is stored as JSON in the row, so
/// one audit entry shows every change.
/// </summary>
public sealed class AnnualAnalysis : IAudited
{
    public int Id { get; set; }

    /// <summary>The strategy definition's id (<c>varmlandsstrategin-2040</c>).</summary>
    public required string StrategyId { get; set; }

    /// <summary>The definition revision whose goals and indicators the analysis follows.</summary>
    public int Revision { get; set; }

    /// <summary>The year analysed: only periods up to and including it are read.</summary>
    public int Year { get; set; }

    /// <summary>The region the figures are for (<c>SE-17</c>).</summary>
    public required string Region { get; set; }

    public AnalysisStatus Status { get; set; }

    public List<SectionComment> Comments { get; set; } = [];

    /// <summary>The published figures as JSON (<see cref="AnalysisContent"/>); null until published.</summary>
    public string? Snapshot { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? PublishedUtc { get; set; }
}
