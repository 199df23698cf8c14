using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Riktning.Accounts;
using Riktning.Data;
using Riktning.Reviews;
using Riktning.Strategy;
using Riktning.Testing;
using Riktning.Web.Tests.Accounts;

namespace Riktning.Web.Tests.Reviews;

/// <summary>
/// A whole review over HTTP as an analyst: start it, read the evidence, propose (a bad proposal is refused at its field),
/// decide, complete; the new revision renames and drops as decided, the two revisions compare side by side, and the
/// carried-over indicator's page still shows its series.
/// </summary>
public sealed class ReviewJourneyTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    public static TheoryDataRow<DatabaseProvider>[] AllProviders => Providers.All;

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Review_EndsInANewRevision_WhoseCarriedOverIndicatorStillShowsItsSeries(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var factory = site.Factory(provider);
        await ReportSeed.ImportAsync(site.Services(provider));
        StrategyDefinition before;
        await using (var scope = site.Services(provider).CreateAsyncScope())
        {
            before = (await scope.ServiceProvider.GetRequiredService<StrategyCatalog>().GetAsync(ReviewSeed.Strategy, cancellationToken: ct))!.Definition;
        }

        var dropped = before.Indicators.First(i => i.Id != ReportSeed.Indicator).Id;
        var client = (await TestAccounts.SignInAsync(factory, RoleNames.Analyst)).Client;

        var created = await Post(client, "/reviews/new", "/reviews/new", ("Input.Title", "Revidering 2021–2024"), ("Input.FromYear", "2021"), ("Input.ToYear", "2024"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var review = created.Headers.Location!.OriginalString;
        var workspace = await client.GetStringAsync(review + "?culture=en", ct);
        var propose = review + "/proposals/new";
        var bad = await Post(client, propose, propose, ("Input.Kind", "rebind"), ("Input.Indicator", ReportSeed.Indicator), ("Input.Measure", "no-such-measure"), ("Input.Reason", "Bättre källa"));
        var badPage = await bad.Content.ReadAsStringAsync(ct);
        var rename = await Post(client, propose, propose, ("Input.Kind", "rename"), ("Input.Indicator", ReportSeed.Indicator), ("Input.Name", "Befolkning i arbetsfor alder, ny"), ("Input.Reason", "Tydligare namn"));
        var drop = await Post(client, propose, propose, ("Input.Kind", "drop"), ("Input.Indicator", dropped), ("Input.Reason", "Ingen källa"));
        int[] proposals;
        await using (var db = site.Database(provider).CreateContext())
        {
            proposals = [.. await db.ReviewProposals.OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(ct)];
        }

        foreach (var id in proposals)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await Post(client, review, review + "?handler=Decide", ("proposalId", ReviewSeed.Text(id)), ("decision", "accepted"))).StatusCode);
        }

        var completed = await Post(client, review, review + "?handler=Complete", ("Input.Label", "2025"));
        var compare = await client.GetStringAsync(completed.Headers.Location!.OriginalString + "&culture=en", ct);
        var indicator = await client.GetStringAsync($"/indicators/{ReportSeed.Indicator}?culture=en", ct);

        // The evidence lists the indicator with its trend since the baseline (Värmland 62 in 2021, 63 in 2023).
        Assert.Contains($"/indicators/{ReportSeed.Indicator}?revision=", workspace, StringComparison.Ordinal);
        Assert.Contains("2021: 62", workspace, StringComparison.Ordinal);
        Assert.Contains("2023: 63", workspace, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("aria-invalid=\"true\"", badPage, StringComparison.Ordinal);
        Assert.Contains("no-such-measure", badPage, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (rename.StatusCode, drop.StatusCode));
        Assert.Equal(2, proposals.Length);
        Assert.Equal(HttpStatusCode.Redirect, completed.StatusCode);
        Assert.Contains("Renamed: 1 – " + ReportSeed.Indicator, compare, StringComparison.Ordinal);
        Assert.Contains("Dropped: 1 – " + dropped, compare, StringComparison.Ordinal);
        Assert.Contains("Added: 0", compare, StringComparison.Ordinal);
        // The current revision names the indicator anew and still reads the measure's statistics (Värmland 2022: 62.5).
        Assert.Contains("Befolkning i arbetsfor alder, ny", indicator, StringComparison.Ordinal);
        Assert.Contains("62.5", indicator, StringComparison.Ordinal);
        await using (var db = site.Database(provider).CreateContext())
        {
            Assert.Equal(ReviewStatus.Completed, (await db.StrategyReviews.SingleAsync(ct)).Status);
        }
    }

    private static Task<HttpResponseMessage> Post(HttpClient client, string tokenPage, string path, params (string Name, string Value)[] fields) =>
        TestAccounts.PostFormAsync(client, tokenPage, fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)), path);
}
