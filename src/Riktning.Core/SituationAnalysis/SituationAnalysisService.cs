using System.Text.Json.Serialization;
using Riktning.Analysis;

namespace Riktning.SituationAnalysis;

/// <summary>
/// Generates, comments, moves and reads situation analyses. The figures come from <see cref="IndicatorAnalysisService"/>
/// only (the same trend, assessment and gaps as the indicator pages), limited to the periods up to the analysis' year;
/// the work under each goal from every registered <see cref="IGoalWorkSource"/>. Who may write is the caller's check
/// (analysts and administrators); what may be written is checked here: a published analysis refuses every change.
/// </summary>
public sealed class SituationAnalysisService(
    RiktningDb db,
    StrategyCatalog catalog,
    IndicatorAnalysisService analysis,
    IEnumerable<IGoalWorkSource> sources,
    TimeProvider clock)
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;
    public const int MaxCommentLength = 20_000;

    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) } };

    public async Task<IReadOnlyList<AnnualAnalysis>> ListAsync(bool publishedOnly, CancellationToken cancellationToken = default) =>
        await db.SituationAnalyses.AsNoTracking()
            .Where(a => !publishedOnly || a.Status == AnalysisStatus.Published)
            .OrderByDescending(a => a.Year).ThenBy(a => a.StrategyId)
            .ToListAsync(cancellationToken);

    public async Task<AnnualAnalysis?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        await db.SituationAnalyses.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    /// <summary>Generates the figures of <paramref name="year"/> for <paramref name="loaded"/>'s goals, as the statistics are now.</summary>
    public async Task<AnalysisContent> GenerateAsync(LoadedDefinition loaded, int year, string? region = null, CancellationToken cancellationToken = default)
    {
        var definition = loaded.Definition;
        region ??= IndicatorAnalysisService.RegionOf(definition);
        var baselineYear = definition.Revision.BaselineYear ?? IndicatorAnalysisService.DefaultBaselineYear;
        var work = new List<(string Kind, IReadOnlyDictionary<string, IReadOnlyList<LinkedWork>> ByGoal)>();
        foreach (var source in sources)
        {
            work.Add((source.Kind, await source.ByGoalAsync(year, cancellationToken)));
        }

        var areas = new List<FocusAreaSection>();
        foreach (var area in definition.FocusAreas)
        {
            var goals = new List<GoalSection>();
            foreach (var goal in area.Goals)
            {
                var indicators = new List<IndicatorSection>();
                foreach (var indicator in goal.Indicators)
                {
                    var measures = new List<MeasureFigures>();
                    foreach (var measure in indicator.Measures)
                    {
                        var a = await analysis.AnalyseMeasureAsync(measure, indicator.Direction, baselineYear, region, definition.PopulationMeasure, untilYear: year, cancellationToken: cancellationToken);
                        var c = a.Comparison;
                        measures.Add(new MeasureFigures(
                            measure.Id, a.Direction, a.Trend, a.Series, a.CountrySeries, c.Period, c.CountryValue, c.RankInDirection, c.PeerCount,
                            c.Norway, !definition.DefinitionsMayDiffer(measure.Id), a.Gaps, a.BatchIds)
                        {
                            Scale = c.Scale,
                            ComparisonRegionValue = c.RegionValue,
                        });
                    }

                    indicators.Add(new IndicatorSection(indicator.Id, measures));
                }

                goals.Add(new GoalSection(goal.Id, indicators, [.. work.Select(w => new WorkList(w.Kind, w.ByGoal.GetValueOrDefault(goal.Id) ?? []))]));
            }

            areas.Add(new FocusAreaSection(area.Id, goals));
        }

        return new AnalysisContent(definition.Id, loaded.RevisionNumber, year, baselineYear, region, clock.GetUtcNow().UtcDateTime, areas);
    }

    /// <summary>Starts a draft for <paramref name="year"/> on the current revision of <paramref name="strategyId"/>; one analysis per strategy and year.</summary>
    public async Task<AnalysisChange> CreateAsync(string strategyId, int year, CancellationToken cancellationToken = default)
    {
        var loaded = await catalog.GetAsync(strategyId, cancellationToken: cancellationToken)
            ?? throw new InvalidOperationException($"strategy '{strategyId}' is not loaded");
        var region = IndicatorAnalysisService.RegionOf(loaded.Definition);
        if (year is < MinYear or > MaxYear)
        {
            return new(new AnnualAnalysis { StrategyId = strategyId, Region = region, Year = year },
                [new FieldProblem("Year", "Analysis.YearOutOfRange", MinYear.ToString(System.Globalization.CultureInfo.InvariantCulture), MaxYear.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        }

        var existing = await db.SituationAnalyses.AsNoTracking().FirstOrDefaultAsync(a => a.StrategyId == strategyId && a.Year == year, cancellationToken);
        if (existing is not null)
        {
            return new(existing, [new FieldProblem("Year", "Analysis.YearTaken", year.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        }

        var created = new AnnualAnalysis
        {
            StrategyId = strategyId,
            Revision = loaded.RevisionNumber,
            Year = year,
            Region = region,
            Status = AnalysisStatus.Draft,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(created);
        await db.SaveChangesAsync(cancellationToken);
        return new(created, []);
    }

    /// <summary>
    /// Sets the commentary of the sections given (an empty text removes it); other sections keep theirs. Refused as a
    /// whole when the analysis is published, a section is not one of its definition's, or a text is too long.
    /// </summary>
    public async Task<AnalysisChange> SaveCommentsAsync(int id, IReadOnlyDictionary<string, string?> texts, CancellationToken cancellationToken = default)
    {
        var stored = await db.SituationAnalyses.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (stored is null)
        {
            return AnalysisChange.NotFound;
        }

        if (stored.Status == AnalysisStatus.Published)
        {
            return new(stored, [new FieldProblem("Status", "Analysis.PublishedReadOnly")]);
        }

        var loaded = await catalog.GetAsync(stored.StrategyId, stored.Revision, cancellationToken)
            ?? throw new InvalidOperationException($"revision {stored.Revision} of '{stored.StrategyId}' is not stored");
        var sections = AnalysisSections.Of(loaded.Definition);
        var problems = new List<FieldProblem>();
        foreach (var (section, text) in texts)
        {
            if (!sections.Contains(section, StringComparer.Ordinal))
            {
                problems.Add(new FieldProblem($"Comments[{section}]", "Analysis.UnknownSection", section));
            }
            else if (text?.Length > MaxCommentLength)
            {
                problems.Add(new FieldProblem($"Comments[{section}]", "Analysis.CommentTooLong", MaxCommentLength.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        if (problems.Count > 0)
        {
            return new(stored, problems);
        }

        var merged = stored.Comments.ToDictionary(c => c.Section, c => c.Text, StringComparer.Ordinal);
        foreach (var (section, text) in texts)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                merged.Remove(section);
            }
            else
            {
                merged[section] = text.Trim();
            }
        }

        stored.Comments = [.. sections.Where(merged.ContainsKey).Select(s => new SectionComment(s, merged[s]))];
        await db.SaveChangesAsync(cancellationToken);
        return new(stored, []);
    }

    /// <summary>
    /// Moves an analysis: draft → review, review → draft (sent back), review → published. Publishing generates the
    /// figures once more and stores them; from then on the analysis is frozen.
    /// </summary>
    public async Task<AnalysisChange> MoveAsync(int id, AnalysisStatus to, CancellationToken cancellationToken = default)
    {
        var stored = await db.SituationAnalyses.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (stored is null)
        {
            return AnalysisChange.NotFound;
        }

        var allowed = (stored.Status, to) is (AnalysisStatus.Draft, AnalysisStatus.Review) or (AnalysisStatus.Review, AnalysisStatus.Draft) or (AnalysisStatus.Review, AnalysisStatus.Published);
        if (!allowed)
        {
            return new(stored, [new FieldProblem("Status", "Analysis.BadTransition", Word(stored.Status), Word(to))]);
        }

        if (to == AnalysisStatus.Published)
        {
            var loaded = await catalog.GetAsync(stored.StrategyId, stored.Revision, cancellationToken)
                ?? throw new InvalidOperationException($"revision {stored.Revision} of '{stored.StrategyId}' is not stored");
            var content = await GenerateAsync(loaded, stored.Year, stored.Region, cancellationToken);
            stored.Snapshot = JsonSerializer.Serialize(content, Json);
            stored.PublishedUtc = content.GeneratedUtc;
        }

        stored.Status = to;
        await db.SaveChangesAsync(cancellationToken);
        return new(stored, []);
    }

    /// <summary>
    /// The analysis as it is shown: a published one with its stored figures and the differences from the figures the
    /// statistics give now; a draft or one under review with figures generated now.
    /// </summary>
    public async Task<AnalysisView> ViewAsync(AnnualAnalysis stored, CancellationToken cancellationToken = default)
    {
        var loaded = await catalog.GetAsync(stored.StrategyId, stored.Revision, cancellationToken)
            ?? throw new InvalidOperationException($"revision {stored.Revision} of '{stored.StrategyId}' is not stored");
        var current = await GenerateAsync(loaded, stored.Year, stored.Region, cancellationToken);
        if (stored.Snapshot is null)
        {
            return new AnalysisView(stored, loaded, current, []);
        }

        var published = JsonSerializer.Deserialize<AnalysisContent>(stored.Snapshot, Json)
            ?? throw new InvalidOperationException($"analysis {stored.Id} has an empty snapshot");
        return new AnalysisView(stored, loaded, published, AnalysisFigures.Differences(published, current));
    }

    private static string Word(AnalysisStatus status) => status.ToString().ToLowerInvariant();
}
