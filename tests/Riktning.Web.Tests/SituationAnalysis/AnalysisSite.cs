using Microsoft.Extensions.DependencyInjection;
using Riktning.Importing;
using Riktning.SituationAnalysis;
using Riktning.Statistics;
using Riktning.Testing;

namespace Riktning.Web.Tests.SituationAnalysis;

/// <summary>Situation analyses in a running site, made through the service as an analyst would through the pages.</summary>
public static class AnalysisSite
{
    public const string Strategy = "varmlandsstrategin-2040";

    private static int _year = 2000;
    private static readonly SemaphoreSlim Seeding = new(1, 1);

    /// <summary>A year no other test of this run has used, so each test has an analysis of its own.</summary>
    public static int FreshYear() => Interlocked.Increment(ref _year);

    /// <summary>An analysis of the site's strategy in <paramref name="status"/>.</summary>
    public static async Task<int> CreateAsync(IServiceProvider services, AnalysisStatus status, int? year = null, string strategy = Strategy)
    {
        await using var scope = services.CreateAsyncScope();
        var analyses = scope.ServiceProvider.GetRequiredService<SituationAnalysisService>();
        var created = await analyses.CreateAsync(strategy, year ?? FreshYear());
        Assert.Empty(created.Problems);
        var id = created.Analysis!.Id;
        if (status != AnalysisStatus.Draft)
        {
            Assert.True((await analyses.MoveAsync(id, AnalysisStatus.Review)).Succeeded);
        }

        if (status == AnalysisStatus.Published)
        {
            Assert.True((await analyses.MoveAsync(id, AnalysisStatus.Published)).Succeeded);
        }

        return id;
    }

    /// <summary>
    /// <see cref="AnalysisFixture"/>'s analysis of 2023, commented and published, after which the source revises Värmland's
    /// 2023 value from 72 to 73; once per site.
    /// </summary>
    public static async Task<int> PublishedFixtureAsync(IServiceProvider services)
    {
        await Seeding.WaitAsync();
        try
        {
            await using var scope = services.CreateAsyncScope();
            var analyses = scope.ServiceProvider.GetRequiredService<SituationAnalysisService>();
            if ((await analyses.ListAsync(publishedOnly: true)).FirstOrDefault(a => a.StrategyId == AnalysisFixture.StrategyId) is { } existing)
            {
                return existing.Id;
            }

            await AnalysisFixture.SeedAsync(scope.ServiceProvider);
            var id = (await analyses.CreateAsync(AnalysisFixture.StrategyId, AnalysisFixture.Year)).Analysis!.Id;
            await analyses.SaveCommentsAsync(id, new Dictionary<string, string?>
            {
                [AnalysisSections.Summary] = "Sysselsättningen fortsätter att öka.",
                [AnalysisSections.Goal(AnalysisFixture.Goal)] = "Skillnaden mellan kvinnor och män minskar.",
            });
            await analyses.MoveAsync(id, AnalysisStatus.Review);
            await analyses.MoveAsync(id, AnalysisStatus.Published);
            await scope.ServiceProvider.GetRequiredService<ObservationImporter>().ImportAsync(
                AnalysisFixture.Measure, new ImportOrigin("csv", null, "revision.csv"), [new ObservationRow("SE-17", "2023", "", 73, ValueStatus.Present)]);
            return id;
        }
        finally
        {
            Seeding.Release();
        }
    }
}
