using Riktning.Analysis;
using Riktning.SituationAnalysis;

namespace Riktning.Web.Features.SituationAnalysis;

/// <summary>
/// What the document partial shows: the analysis (<see cref="AnalysisView"/>), the definition's items by id, region
/// names, and whether it is printed (for the PDF: no links to editing, the stylesheet inline).
/// </summary>
public sealed class AnalysisPage(AnalysisView view, IReadOnlyDictionary<string, string> regionNames, bool print)
{
    private readonly Dictionary<string, FocusArea> _areas = view.Definition.Definition.FocusAreas.ToDictionary(a => a.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, Goal> _goals = view.Definition.Definition.Goals.ToDictionary(g => g.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, Indicator> _indicators = view.Definition.Definition.Indicators.ToDictionary(i => i.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, Measure> _measures = view.Definition.Definition.Measures.ToDictionary(m => m.Id, StringComparer.Ordinal);

    public AnalysisView View { get; } = view;

    public AnalysisContent Content => View.Content;

    public StrategyDefinition Definition => View.Definition.Definition;

    public bool Print { get; } = print;

    public FocusArea Area(string id) => _areas[id];

    public Goal Goal(string id) => _goals[id];

    public Indicator Indicator(string id) => _indicators[id];

    public Measure Measure(string id) => _measures[id];

    public string RegionName(string key) => regionNames.GetValueOrDefault(key, key);

    /// <summary>The assessments of every measure, counted: the summary's first line.</summary>
    public AssessmentCounts Counts => new(
        Content.Measures.Count(m => m.Trend.Assessment == Assessment.Better),
        Content.Measures.Count(m => m.Trend.Assessment == Assessment.Worse),
        Content.Measures.Count(m => m.Trend.Assessment == Assessment.Unchanged),
        Content.Measures.Count(m => m.Trend.Assessment == Assessment.NotEnoughData));
}
