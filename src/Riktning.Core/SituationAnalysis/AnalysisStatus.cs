namespace Riktning.SituationAnalysis;

/// <summary>Where an analysis stands: drafted and commented, sent for review, or published and frozen.</summary>
public enum AnalysisStatus
{
    Draft,
    Review,

    /// <summary>Read-only for everyone; its figures are the ones stored when it was published.</summary>
    Published,
}
