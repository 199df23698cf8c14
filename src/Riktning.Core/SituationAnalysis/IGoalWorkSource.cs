namespace Riktning.SituationAnalysis;

/// <summary>
/// Something the situation analysis lists under each goal: the organisations' plans, their interventions, and, as the
/// annual cycle grows, plan targets with their reported progress or the outcomes of the previous cycle. Each source is
/// one section of every goal; register another in DI and the analysis carries it, in the web page, the PDF and Excel.
/// </summary>
public interface IGoalWorkSource
{
    /// <summary>The section's name, lower case (<c>plans</c>); the site's texts are keyed by it.</summary>
    string Kind { get; }

    /// <summary>The items linked to each goal, as they stand in <paramref name="year"/>; goals without any are left out.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<LinkedWork>>> ByGoalAsync(int year, CancellationToken cancellationToken);
}
