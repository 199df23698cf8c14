using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Riktning.Analysis;
using Riktning.Data;
using Riktning.Importing;
using Riktning.SituationAnalysis;
using Riktning.Statistics;
using Riktning.Strategy;
using Riktning.Testing;

namespace Riktning.Core.Tests.SituationAnalysis;

/// <summary>The situation analysis of <see cref="AnalysisFixture"/>'s year, section by section against the figures worked out there.</summary>
public sealed class SituationAnalysisServiceTests
{
    public static TheoryDataRow<DatabaseProvider>[] AllProviders => Providers.All;

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task GenerateAsync_FixtureYear_SectionsMatchHandComputedFigures(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.CreateServices();
        await using var scope = services.CreateAsyncScope();
        await AnalysisFixture.SeedAsync(scope.ServiceProvider);
        var loaded = (await scope.ServiceProvider.GetRequiredService<StrategyCatalog>().GetAsync(AnalysisFixture.StrategyId))!;

        var content = await scope.ServiceProvider.GetRequiredService<SituationAnalysisService>().GenerateAsync(loaded, AnalysisFixture.Year);

        Assert.Equal((AnalysisFixture.Year, 2021, "SE-17"), (content.Year, content.BaselineYear, content.Region));
        var area = Assert.Single(content.FocusAreas);
        Assert.Equal(AnalysisFixture.Area, area.FocusAreaId);
        Assert.Equal([AnalysisFixture.Goal, AnalysisFixture.OtherGoal], area.Goals.Select(g => g.GoalId));

        // Goal 1: the measure, its trend until 2023 (2024's 90 is after the year), Sweden, Norway and the gaps.
        var goal = area.Goals[0];
        var figures = Assert.Single(Assert.Single(goal.Indicators).Measures);
        Assert.Equal(AnalysisFixture.Measure, figures.MeasureId);
        var trend = figures.Trend;
        Assert.Equal(("2021", 70.0, "2023", 72.0, 2.0), (trend.BaselinePeriod, trend.BaselineValue, trend.LatestPeriod, trend.LatestValue, trend.ChangeSinceBaseline));
        Assert.Equal(Assessment.Better, trend.Assessment);
        Assert.Equal(["2021", "2022", "2023"], figures.Series.Select(p => p.Period));
        Assert.Equal([75.0, 76.0], figures.CountrySeries.Select(p => p.Value!.Value));
        Assert.Equal(("2023", 76.0), (figures.ComparisonPeriod, figures.CountryValue));
        Assert.Equal([new CrossBorderValue("NO-34", "2023", 68)], figures.Norway);
        var sex = figures.Gaps.Single(g => g.Dimension == "sex");
        Assert.Equal((-8.0, -6.0, GapTrend.Closing), (sex.BaselineGap, sex.LatestGap, sex.Trend));
        var local = figures.Gaps.Single(g => g.Dimension == GapSeries.Municipality);
        Assert.Equal((6.0, 7.0, GapTrend.Widening), (local.BaselineGap, local.LatestGap, local.Trend));
        Assert.Equal(2, figures.Gaps.Count);
        Assert.Single(figures.BatchIds);

        // The same assessment as the indicator pages give, from the same service.
        var direct = await scope.ServiceProvider.GetRequiredService<IndicatorAnalysisService>()
            .AnalyseMeasureAsync(loaded.Definition.Measures.First(m => m.Id == AnalysisFixture.Measure), Direction.Increase, 2021, IndicatorAnalysisService.RegionOf(loaded.Definition), untilYear: AnalysisFixture.Year);
        Assert.Equal(direct.Trend, figures.Trend);

        // Work linked to goal 1: plans by name with their status in 2023; the intervention that starts in 2025 is left out.
        // The fixture has no plan targets and no previous cycle, so those sections are there and empty.
        Assert.Equal(["plans", "interventions", "targets", "outcomes"], goal.Work.Select(w => w.Kind));
        Assert.Empty(goal.Work[2].Items);
        Assert.Empty(goal.Work[3].Items);
        Assert.Equal([("Framtidsplan", "planned", "2025–2028"), ("Kompetensplan", "ongoing", "2022–2025")],
            goal.Work[0].Items.Select(w => (w.Name, w.Status, w.Period)));
        Assert.Equal([("Kompetenslyft", "ongoing", "Analysorganisationen")], goal.Work[1].Items.Select(w => (w.Name, w.Status, w.Organisation)));

        // Goal 2: a measure without statistics and no work.
        var other = area.Goals[1];
        var empty = Assert.Single(Assert.Single(other.Indicators).Measures);
        Assert.Equal((AnalysisFixture.EmptyMeasure, Assessment.NotEnoughData), (empty.MeasureId, empty.Trend.Assessment));
        Assert.Empty(empty.Series);
        Assert.All(other.Work, w => Assert.Empty(w.Items));

        // Every cited figure, flat (the Excel file): 3 + 2 totals, 1 Norwegian, 2 + 2 gap periods.
        Assert.Equal(10, AnalysisFigures.Of(content).Count);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Publish_ThenSourceRevisesAFigure_PublishedUnchangedAndDifferenceShown(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.CreateServices();
        await using var scope = services.CreateAsyncScope();
        await AnalysisFixture.SeedAsync(scope.ServiceProvider);
        var service = scope.ServiceProvider.GetRequiredService<SituationAnalysisService>();
        var created = await service.CreateAsync(AnalysisFixture.StrategyId, AnalysisFixture.Year);
        var id = created.Analysis!.Id;
        Assert.True((await service.MoveAsync(id, AnalysisStatus.Review)).Succeeded);
        Assert.True((await service.MoveAsync(id, AnalysisStatus.Published)).Succeeded);
        var batchesAtPublishing = (await service.ViewAsync((await service.FindAsync(id))!)).Content.BatchIds;

        // The source revises Värmland's 2023 value from 72 to 73.
        await scope.ServiceProvider.GetRequiredService<ObservationImporter>().ImportAsync(
            AnalysisFixture.Measure, new ImportOrigin("csv", null, "revision.csv"), [new ObservationRow("SE-17", "2023", "", 73, ValueStatus.Present)]);

        // A later request (a scope reads the store version once) sees the revision.
        await using var later = services.CreateAsyncScope();
        service = later.ServiceProvider.GetRequiredService<SituationAnalysisService>();
        var view = await service.ViewAsync((await service.FindAsync(id))!);

        var figures = view.Content.Measure(AnalysisFixture.Measure)!;
        Assert.Equal(72.0, figures.Trend.LatestValue);
        Assert.Equal(2.0, figures.Trend.ChangeSinceBaseline);
        Assert.Equal(batchesAtPublishing, view.Content.BatchIds);
        Assert.Equal([new FigureDifference(AnalysisFixture.Measure, "SE-17", "2023", 72, 73)], view.Differences);
        Assert.Equal(73.0, view.Difference(AnalysisFixture.Measure, "SE-17", "2023")!.Current);
        var live = await service.GenerateAsync(view.Definition, AnalysisFixture.Year);
        Assert.NotEqual(batchesAtPublishing, live.BatchIds);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Workflow_CommentsTransitionsAndRules_RefusedWithProblemsAndAudited(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.CreateServices();
        await using var scope = services.CreateAsyncScope();
        await AnalysisFixture.SeedAsync(scope.ServiceProvider);
        var service = scope.ServiceProvider.GetRequiredService<SituationAnalysisService>();

        var id = (await service.CreateAsync(AnalysisFixture.StrategyId, AnalysisFixture.Year)).Analysis!.Id;
        var taken = await service.CreateAsync(AnalysisFixture.StrategyId, AnalysisFixture.Year);
        var outOfRange = await service.CreateAsync(AnalysisFixture.StrategyId, 1899);
        var unknown = await service.SaveCommentsAsync(id, new Dictionary<string, string?> { ["goal:no-such-goal"] = "x", [AnalysisSections.Summary] = "kept out" });
        var saved = await service.SaveCommentsAsync(id, new Dictionary<string, string?> { [AnalysisSections.Goal(AnalysisFixture.Goal)] = " Sysselsättningen ökar. ", [AnalysisSections.Summary] = "Sammanfattning" });
        var skip = await service.MoveAsync(id, AnalysisStatus.Published);
        await service.MoveAsync(id, AnalysisStatus.Review);
        await service.MoveAsync(id, AnalysisStatus.Published);
        var afterPublishing = await service.SaveCommentsAsync(id, new Dictionary<string, string?> { [AnalysisSections.Summary] = "changed" });
        var back = await service.MoveAsync(id, AnalysisStatus.Draft);

        Assert.Equal([("Year", "Analysis.YearTaken")], taken.Problems.Select(p => (p.Field, p.Message)));
        Assert.Equal([("Year", "Analysis.YearOutOfRange")], outOfRange.Problems.Select(p => (p.Field, p.Message)));
        Assert.Equal([("Comments[goal:no-such-goal]", "Analysis.UnknownSection")], unknown.Problems.Select(p => (p.Field, p.Message)));
        Assert.True(saved.Succeeded);
        Assert.Equal([("Status", "Analysis.BadTransition")], skip.Problems.Select(p => (p.Field, p.Message)));
        Assert.Equal([("Status", "Analysis.PublishedReadOnly")], afterPublishing.Problems.Select(p => (p.Field, p.Message)));
        Assert.Equal([("Status", "Analysis.BadTransition")], back.Problems.Select(p => (p.Field, p.Message)));

        var stored = (await service.FindAsync(id))!;
        Assert.Equal(AnalysisStatus.Published, stored.Status);
        Assert.Equal([new SectionComment(AnalysisSections.Summary, "Sammanfattning"), new SectionComment(AnalysisSections.Goal(AnalysisFixture.Goal), "Sysselsättningen ökar.")], stored.Comments);
        Assert.NotNull(stored.Snapshot);
        await using var db = database.CreateContext();
        var audit = await db.AuditEntries.Where(e => e.EntityType == nameof(AnnualAnalysis) && e.EntityKey == id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToListAsync();
        // Created, commented, to review, published: four changes, nothing for the refused ones.
        Assert.Equal(4, audit.Count);
    }

    /// <summary>
    /// A count is compared per 1 000 inhabitants, and a published analysis keeps that with its figures; one frozen before
    /// the scale was stored reads as what it holds: head counts as published, never per 1 000, and not "revised" to the
    /// figures per 1 000 either; one frozen with figures per 1 000 but no stored scale is recognised by its country figure.
    /// </summary>
    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Publish_Count_StoresPerThousandScaleAndOlderSnapshotsReadAsWhatTheyHold(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.CreateServices();
        await using var scope = services.CreateAsyncScope();
        await CountAnalysisFixture.SeedAsync(scope.ServiceProvider);
        var service = scope.ServiceProvider.GetRequiredService<SituationAnalysisService>();
        var id = (await service.CreateAsync(CountAnalysisFixture.StrategyId, CountAnalysisFixture.Year)).Analysis!.Id;
        await service.MoveAsync(id, AnalysisStatus.Review);
        await service.MoveAsync(id, AnalysisStatus.Published);
        var stored = (await service.FindAsync(id))!;

        var published = await service.ViewAsync(stored);
        var jobs = published.Content.Measure(CountAnalysisFixture.Jobs)!;
        var population = published.Content.Measure(CountAnalysisFixture.Population)!;
        await using var db = database.CreateContext();
        var row = await db.SituationAnalyses.SingleAsync(a => a.Id == id);
        row.Snapshot = CountAnalysisFixture.Unscaled(stored.Snapshot!, headCounts: true);
        await db.SaveChangesAsync();
        var headCounts = await service.ViewAsync((await service.FindAsync(id))!);
        row.Snapshot = CountAnalysisFixture.Unscaled(stored.Snapshot!, headCounts: false);
        await db.SaveChangesAsync();
        var unstamped = await service.ViewAsync((await service.FindAsync(id))!);

        // Per 1 000 inhabitants: Värmland 11, Sweden 10, Innlandet 15; stored with the snapshot.
        Assert.Contains("\"Scale\":\"per-thousand-inhabitants\"", stored.Snapshot, StringComparison.Ordinal);
        Assert.Equal((ComparisonScale.PerThousandInhabitants, true, 10.0, 11.0), (jobs.ComparedAs, jobs.PerThousand, jobs.CountryValue, jobs.ComparisonRegionValue));
        Assert.Equal(15.0, Assert.Single(jobs.Norway).Value, 9);
        Assert.Equal([1_000.0, 1_100.0], jobs.Series.Select(p => p.Value!.Value));
        Assert.Equal((ComparisonScale.CountIsPopulation, false), (population.ComparedAs, population.PerThousand));
        Assert.Empty(published.Differences);
        Assert.Equal(ComparisonScale.PerThousandInhabitants, AnalysisFigures.Of(published.Content).Single(f => f.MeasureId == CountAnalysisFixture.Jobs && f.Series == "NO-34").Basis);

        // Frozen before: Sweden's 20 000 and Innlandet's 900 are head counts, and the current figures per 1 000 are another quantity.
        var old = headCounts.Content.Measure(CountAnalysisFixture.Jobs)!;
        Assert.Equal((null, ComparisonScale.AsPublished, false, 20_000.0), (old.Scale, old.ComparedAs, old.PerThousand, old.CountryValue));
        Assert.Empty(headCounts.Differences);

        // Frozen per 1 000 without the scale: Sweden's 10 is not Sweden's published 20 000.
        var between = unstamped.Content.Measure(CountAnalysisFixture.Jobs)!;
        Assert.Equal((null, ComparisonScale.PerThousandInhabitants, true), (between.Scale, between.ComparedAs, between.PerThousand));
        Assert.Empty(unstamped.Differences);
    }
}
