using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Riktning.Reviews;
using Riktning.Testing;

namespace Riktning.Web.Tests.Reviews;

/// <summary>An open review of the site strategy's current revision with one pending proposal, stored directly; earlier open reviews are closed first.</summary>
public static class ReviewSeed
{
    public const string Strategy = "varmlandsstrategin-2040";

    public static async Task<(int ReviewId, int ProposalId)> SeedAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        await CloseOpenReviewsAsync(database);
        var current = await db.StrategyRevisions.Where(r => r.DefinitionId == Strategy).MaxAsync(r => r.Number);
        var review = new StrategyReview { StrategyId = Strategy, BaseRevision = current, FromYear = 2021, ToYear = 2024, Title = "Seeded review", Status = ReviewStatus.Open };
        db.StrategyReviews.Add(review);
        await db.SaveChangesAsync();
        var proposal = new ReviewProposal { ReviewId = review.Id, Kind = ProposalKind.Rename, IndicatorId = ReportSeed.Indicator, Name = "Seeded name", Reason = "Seeded reason" };
        db.ReviewProposals.Add(proposal);
        await db.SaveChangesAsync();
        return (review.Id, proposal.Id);
    }

    /// <summary>One review of a strategy is open at a time: a test that starts one closes the others.</summary>
    public static async Task CloseOpenReviewsAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        await db.StrategyReviews.Where(r => r.Status == ReviewStatus.Open).ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, ReviewStatus.Completed));
    }

    /// <summary>
    /// For the browser tests: a completed review that renamed and dropped an indicator (so the site has revisions 1 and
    /// 2 to compare), then an open one with an accepted and a pending proposal. Returns the open review's id.
    /// </summary>
    public static async Task<int> BrowserAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var reviews = scope.ServiceProvider.GetRequiredService<ReviewService>();
        var catalog = scope.ServiceProvider.GetRequiredService<Riktning.Strategy.StrategyCatalog>();
        var dropped = (await catalog.GetAsync(Strategy))!.Definition.Indicators.First(i => i.Id != ReportSeed.Indicator).Id;
        var first = (await reviews.CreateAsync(Strategy, new ReviewFields { Title = "Revidering 2017–2020", FromYear = "2017", ToYear = "2020" })).Item!;
        foreach (var fields in new[]
        {
            new ProposalFields { Kind = "rename", Indicator = ReportSeed.Indicator, Name = "Befolkning 20–64 år", Reason = "Tydligare namn" },
            new ProposalFields { Kind = "drop", Indicator = dropped, Reason = "Ingen källa" },
        })
        {
            var proposal = (await reviews.ProposeAsync(first.Id, fields)).Item!;
            await reviews.DecideAsync(first.Id, proposal.Id, ProposalDecision.Accepted);
        }

        await reviews.CompleteAsync(first.Id, "2021");
        var open = (await reviews.CreateAsync(Strategy, new ReviewFields { Title = "Revidering 2021–2024", FromYear = "2021", ToYear = "2024" })).Item!;
        var accepted = (await reviews.ProposeAsync(open.Id, new ProposalFields { Kind = "add", Indicator = "ny-indikator", Goal = (await catalog.GetAsync(Strategy))!.Definition.Goals.First().Id, Name = "Ny indikator", Reason = "Ny kunskap" })).Item!;
        await reviews.DecideAsync(open.Id, accepted.Id, ProposalDecision.Accepted);
        await reviews.ProposeAsync(open.Id, new ProposalFields { Kind = "rename", Indicator = ReportSeed.Indicator, Name = "Befolkning i arbetsför ålder", Reason = "Tillbaka till det gamla" });
        return open.Id;
    }

    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
