using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Riktning.Data;
using Riktning.Reviews;
using Riktning.SituationAnalysis;
using Riktning.Strategy;
using Riktning.Testing;

namespace Riktning.Core.Tests.Reviews;

/// <summary>
/// The review period's rules on both engines, on <see cref="AnalysisFixture"/>'s strategy and statistics: bad proposals
/// are field problems and store nothing; accepted proposals become a new revision whose carried-over indicators keep
/// their measures and so their series; every change is audited.
/// </summary>
public sealed class ReviewServiceTests
{
    public static TheoryDataRow<DatabaseProvider>[] AllProviders => Providers.All;

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Propose_UnknownIndicatorGoalOrMeasure_AreFieldErrorsAndStoreNothing(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.CreateServices();
        await using var scope = services.CreateAsyncScope();
        await AnalysisFixture.SeedAsync(scope.ServiceProvider);
        var reviews = scope.ServiceProvider.GetRequiredService<ReviewService>();
        var review = (await reviews.CreateAsync(AnalysisFixture.StrategyId, Period(), ct)).Item!;

        var unknownIndicator = await reviews.ProposeAsync(review.Id, new ProposalFields { Kind = "drop", Indicator = "no-such-indicator", Reason = "r" }, ct);
        var unknownMeasure = await reviews.ProposeAsync(review.Id, new ProposalFields { Kind = "rebind", Indicator = AnalysisFixture.Indicator, Measure = "no-such-measure", Reason = "r" }, ct);
        var measureInUse = await reviews.ProposeAsync(review.Id, new ProposalFields { Kind = "rebind", Indicator = AnalysisFixture.Indicator, Measure = AnalysisFixture.EmptyMeasure, Reason = "r" }, ct);
        var unknownGoal = await reviews.ProposeAsync(review.Id, new ProposalFields { Kind = "add", Indicator = "ny-indikator", Goal = "no-such-goal", Name = "Ny", Reason = "r" }, ct);
        var noReason = await reviews.ProposeAsync(review.Id, new ProposalFields { Kind = "rename", Indicator = AnalysisFixture.Indicator, Name = "Nytt namn" }, ct);
        var noKind = await reviews.ProposeAsync(review.Id, new ProposalFields { Indicator = AnalysisFixture.Indicator, Reason = "r" }, ct);
        var second = await reviews.CreateAsync(AnalysisFixture.StrategyId, Period(), ct);
        var backwards = await reviews.CreateAsync(AnalysisFixture.StrategyId, new ReviewFields { Title = "Baklänges", FromYear = "2024", ToYear = "2021" }, ct);

        Assert.Equal([("Indicator", "Review.IndicatorUnknown", "no-such-indicator")], unknownIndicator.Problems.Select(p => (p.Field, p.Message, p.Arguments[0])));
        Assert.Equal([("Measure", "Review.MeasureUnknown", "no-such-measure")], unknownMeasure.Problems.Select(p => (p.Field, p.Message, p.Arguments[0])));
        Assert.Equal([("Measure", "Review.MeasureInUse")], measureInUse.Problems.Select(p => (p.Field, p.Message)));
        Assert.Equal([("Goal", "Review.GoalUnknown")], unknownGoal.Problems.Select(p => (p.Field, p.Message)));
        Assert.Equal([("Reason", "Review.ReasonRequired")], noReason.Problems.Select(p => (p.Field, p.Message)));
        Assert.Equal([("Kind", "Review.KindRequired")], noKind.Problems.Select(p => (p.Field, p.Message)));
        Assert.Equal([("Title", "Review.OpenExists")], second.Problems.Select(p => (p.Field, p.Message)));
        Assert.Contains(("ToYear", "Review.PeriodInvalid"), backwards.Problems.Select(p => (p.Field, p.Message)));
        await using var read = database.CreateContext();
        Assert.Equal(0, await read.ReviewProposals.CountAsync(ct));
        Assert.Equal(1, await read.StrategyReviews.CountAsync(ct));
        Assert.Equal(1, await read.AuditEntries.CountAsync(a => a.EntityType == nameof(StrategyReview), ct));
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Complete_AcceptedProposals_NewRevisionKeepsTheSeriesOfCarriedOverIndicators(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.CreateServices();
        await using var scope = services.CreateAsyncScope();
        await AnalysisFixture.SeedAsync(scope.ServiceProvider);
        var reviews = scope.ServiceProvider.GetRequiredService<ReviewService>();
        var catalog = scope.ServiceProvider.GetRequiredService<StrategyCatalog>();
        var review = (await reviews.CreateAsync(AnalysisFixture.StrategyId, Period(), ct)).Item!;
        var rename = (await reviews.ProposeAsync(review.Id, new ProposalFields { Kind = "rename", Indicator = AnalysisFixture.Indicator, Name = "Sysselsättning 20–64 år", Reason = "Tydligare" }, ct)).Item!;
        var drop = (await reviews.ProposeAsync(review.Id, new ProposalFields { Kind = "drop", Indicator = "analys-indikator-2", Reason = "Ingen källa" }, ct)).Item!;
        var add = (await reviews.ProposeAsync(review.Id, new ProposalFields { Kind = "add", Indicator = "analys-ny", Goal = AnalysisFixture.OtherGoal, Name = "Luftkvalitet", Reason = "Ny kunskap" }, ct)).Item!;
        var rejected = (await reviews.ProposeAsync(review.Id, new ProposalFields { Kind = "drop", Indicator = AnalysisFixture.Indicator, Reason = "Behövs inte" }, ct)).Item!;

        var undecided = await reviews.CompleteAsync(review.Id, "2025", ct);
        foreach (var proposal in new[] { rename, drop, add })
        {
            await reviews.DecideAsync(review.Id, proposal.Id, ProposalDecision.Accepted, ct);
        }

        await reviews.DecideAsync(review.Id, rejected.Id, ProposalDecision.Rejected, ct);
        var completed = await reviews.CompleteAsync(review.Id, "2025", ct);

        Assert.Equal([("Label", "Review.ProposalsUndecided")], undecided.Problems.Select(p => (p.Field, p.Message)));
        Assert.True(completed.Succeeded, string.Join("; ", completed.Problems));
        Assert.Equal((ReviewStatus.Completed, 2), (completed.Item!.Status, completed.Item.ResultRevision));
        var before = (await catalog.GetAsync(AnalysisFixture.StrategyId, 1, ct))!.Definition;
        var after = (await catalog.GetAsync(AnalysisFixture.StrategyId, cancellationToken: ct))!;
        Assert.Equal((2, "2025"), (after.RevisionNumber, after.Definition.Revision.Label));
        var carried = after.Definition.Indicators.Single(i => i.Id == AnalysisFixture.Indicator);
        Assert.Equal("Sysselsättning 20–64 år", carried.Name.Sv);
        Assert.Equal(
            System.Text.Json.JsonSerializer.Serialize(before.Indicators.Single(i => i.Id == AnalysisFixture.Indicator).Measures, DefinitionJson.Options),
            System.Text.Json.JsonSerializer.Serialize(carried.Measures, DefinitionJson.Options));
        Assert.Equal(["analys-indikator", "analys-ny"], after.Definition.Indicators.Select(i => i.Id));
        Assert.Equal(SourceType.None, after.Definition.Measures.Single(m => m.Id == "analys-ny").Source.Type);

        // The carried-over indicator's series reads the same in the new revision as in the old.
        var analyses = scope.ServiceProvider.GetRequiredService<SituationAnalysisService>();
        var figures = (await analyses.GenerateAsync(after, AnalysisFixture.Year, cancellationToken: ct)).Measure(AnalysisFixture.Measure)!;
        Assert.Equal([70.0, 71.0, 72.0], figures.Series.Where(p => p.RegionKey == "SE-17").Select(p => p.Value!.Value));
        Assert.Equal(("2021", 70.0, "2023", 72.0), (figures.Trend.BaselinePeriod, figures.Trend.BaselineValue, figures.Trend.LatestPeriod, figures.Trend.LatestValue));

        var comparison = RevisionComparison.Compare(before, after.Definition);
        Assert.Equal(["analys-ny"], comparison.With(IndicatorChange.Added).Select(i => i.IndicatorId));
        Assert.Equal(["analys-indikator-2"], comparison.With(IndicatorChange.Dropped).Select(i => i.IndicatorId));
        Assert.Equal([AnalysisFixture.Indicator], comparison.With(IndicatorChange.Renamed).Select(i => i.IndicatorId));
        Assert.Empty(comparison.With(IndicatorChange.Rebound));

        // A completed review is read-only; a new one can bind an indicator to a measure of an earlier revision.
        await Assert.ThrowsAsync<ConflictException>(() => reviews.ProposeAsync(review.Id, new ProposalFields { Kind = "drop", Indicator = "analys-ny", Reason = "r" }, ct));
        var next = (await reviews.CreateAsync(AnalysisFixture.StrategyId, new ReviewFields { Title = "Nästa", FromYear = "2025", ToYear = "2028" }, ct)).Item!;
        Assert.Equal(2, next.BaseRevision);
        var rebind = await reviews.ProposeAsync(next.Id, new ProposalFields { Kind = "rebind", Indicator = "analys-ny", Measure = AnalysisFixture.EmptyMeasure, ReplacedMeasure = "analys-ny", Reason = "Källan finns" }, ct);
        Assert.True(rebind.Succeeded, string.Join("; ", rebind.Problems));
        await reviews.DecideAsync(next.Id, rebind.Item!.Id, ProposalDecision.Accepted, ct);
        Assert.True((await reviews.CompleteAsync(next.Id, "2029", ct)).Succeeded);
        var third = (await catalog.GetAsync(AnalysisFixture.StrategyId, cancellationToken: ct))!;
        Assert.Equal([AnalysisFixture.EmptyMeasure], third.Definition.Indicators.Single(i => i.Id == "analys-ny").Measures.Select(m => m.Id));
        Assert.Equal(["analys-ny"], RevisionComparison.Compare(after.Definition, third.Definition).With(IndicatorChange.Rebound).Select(i => i.IndicatorId));

        // Every change is in the audit trail: two reviews created and completed, five proposals made and decided.
        await using var read = database.CreateContext();
        Assert.Equal(4, await read.AuditEntries.CountAsync(a => a.EntityType == nameof(StrategyReview), ct));
        Assert.Equal(10, await read.AuditEntries.CountAsync(a => a.EntityType == nameof(ReviewProposal), ct));
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Complete_StrategyRevisedSinceTheReviewStarted_IsRefused(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.CreateServices();
        await using var scope = services.CreateAsyncScope();
        await AnalysisFixture.SeedAsync(scope.ServiceProvider);
        var reviews = scope.ServiceProvider.GetRequiredService<ReviewService>();
        var review = (await reviews.CreateAsync(AnalysisFixture.StrategyId, Period(), ct)).Item!;
        var revised = AnalysisFixture.Definition.Replace("label: \"1\"", "label: \"1b\"", StringComparison.Ordinal);
        await scope.ServiceProvider.GetRequiredService<StrategyLoader>().StoreAsync(DefinitionReader.Read(new StringReader(revised), "revised.yaml"), "revised.yaml", cancellationToken: ct);

        var completed = await reviews.CompleteAsync(review.Id, "2025", ct);

        Assert.Equal([("Label", "Review.RevisedSince")], completed.Problems.Select(p => (p.Field, p.Message)));
        await using var read = database.CreateContext();
        Assert.Equal(2, await read.StrategyRevisions.CountAsync(r => r.DefinitionId == AnalysisFixture.StrategyId, ct));
        Assert.Equal(ReviewStatus.Open, (await read.StrategyReviews.SingleAsync(ct)).Status);
    }

    private static ReviewFields Period() => new() { Title = "Revidering 2021–2024", FromYear = "2021", ToYear = "2024" };
}
