using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using Riktning.Data;
using Riktning.SituationAnalysis;
using Riktning.Testing;

namespace Riktning.Web.Tests.SituationAnalysis;

/// <summary>
/// A count in the situation analysis is compared per 1 000 inhabitants (<see cref="CountAnalysisFixture"/>): the page,
/// which the PDF prints, and the Excel file say so beside every such figure in sv, nb and en; an analysis frozen with
/// head counts says nothing of the kind.
/// </summary>
public sealed class AnalysisPerThousandTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    public static TheoryDataRow<DatabaseProvider>[] AllProviders => Providers.All;

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Published_Count_SaysPerThousandBesideEveryComparedFigure(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        int id;
        await using (var scope = site.Services(provider).CreateAsyncScope())
        {
            await CountAnalysisFixture.SeedAsync(scope.ServiceProvider);
            var analyses = scope.ServiceProvider.GetRequiredService<SituationAnalysisService>();
            id = (await analyses.CreateAsync(CountAnalysisFixture.StrategyId, CountAnalysisFixture.Year)).Analysis!.Id;
            await analyses.MoveAsync(id, AnalysisStatus.Review);
            await analyses.MoveAsync(id, AnalysisStatus.Published);
        }

        var client = site.Client(provider);
        var pages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var culture in new[] { "sv", "nb", "en" })
        {
            pages[culture] = await client.GetStringAsync($"/analysis/{id}?culture={culture}", ct);
        }

        var pdf = Path.Combine(Directory.CreateTempSubdirectory("riktning-pdf-").FullName, "analysis.pdf");
        await File.WriteAllBytesAsync(pdf, await client.GetByteArrayAsync($"/analysis/{id}/pdf?culture=sv", ct), ct);
        var printed = Regex.Replace(await PdfTextAsync(pdf), @"\s+", " ");
        Directory.Delete(Path.GetDirectoryName(pdf)!, recursive: true);
        await using var xlsxBody = new MemoryStream(await client.GetByteArrayAsync($"/analysis/{id}/xlsx?culture=en", ct));
        var measures = MiniExcel.Query(xlsxBody, useHeaderRow: true, sheetName: "measures").Cast<IDictionary<string, object?>>().ToList();
        var figures = MiniExcel.Query(xlsxBody, useHeaderRow: true, sheetName: "figures").Cast<IDictionary<string, object?>>().ToList();

        // Sweden 10 and Innlandet 15 per 1 000 inhabitants, Värmland's own 11 beside Sweden's; the series stay counts.
        foreach (var (culture, words) in new[] { ("sv", "per 1 000 invånare"), ("nb", "per 1 000 innbyggere"), ("en", "per 1 000 inhabitants") })
        {
            var html = pages[culture];
            Assert.Matches($@"2023: 10\s*<br><small class=""basis"">{Regex.Escape(words)}; [^<:]+: 11</small>", html);
            Assert.Contains($"Innlandet 2023: 15 {words}", html, StringComparison.Ordinal);
            Assert.Contains("<p class=\"scale-note\">", html, StringComparison.Ordinal);
        }

        // The PDF prints the same partial: the note, Sweden's figure with Värmland's (pdftotext reads the table's
        // columns into each other, so the words around the break are checked apart) and Innlandet's.
        Assert.Contains("jämförs med Sverige och de norska grannarna per 1 000 invånare", printed, StringComparison.Ordinal);
        Assert.Contains("invånare; Värmlands län: 11", printed, StringComparison.Ordinal);
        Assert.Contains("Innlandet 2023: 15 per 1 000 invånare", printed, StringComparison.Ordinal);

        var jobs = measures.Single(m => (string?)m["measure_id"] == CountAnalysisFixture.Jobs);
        var population = measures.Single(m => (string?)m["measure_id"] == CountAnalysisFixture.Population);
        Assert.Equal(("per 1 000 inhabitants", 10.0, 11.0), ((string?)jobs["comparison_basis"], Convert.ToDouble(jobs["country_value"], CultureInfo.InvariantCulture), Convert.ToDouble(jobs["region_comparison_value"], CultureInfo.InvariantCulture)));
        Assert.Equal("Innlandet 2023: 15 per 1 000 inhabitants", jobs["norway"]);
        Assert.Equal("as published", population["comparison_basis"]);
        Assert.Equal("per 1 000 inhabitants", figures.Single(f => (string?)f["measure_id"] == CountAnalysisFixture.Jobs && (string?)f["series"] == "NO-34")["basis"]);
        Assert.All(figures.Where(f => (string?)f["series"] is "SE-17" or "SE"), f => Assert.Equal("as published", f["basis"]));

        // The same analysis as frozen before the scale was stored, with Sweden's and Innlandet's head counts.
        await using (var scope = site.Services(provider).CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RiktningDb>();
            var row = await db.SituationAnalyses.SingleAsync(a => a.Id == id, ct);
            row.Snapshot = CountAnalysisFixture.Unscaled(row.Snapshot!, headCounts: true);
            await db.SaveChangesAsync(ct);
        }

        foreach (var (culture, words) in new[] { ("sv", "per 1 000 invånare"), ("nb", "per 1 000 innbyggere"), ("en", "per 1 000 inhabitants") })
        {
            var html = await client.GetStringAsync($"/analysis/{id}?culture={culture}", ct);
            Assert.DoesNotContain(words, html, StringComparison.Ordinal);
            Assert.DoesNotContain("<p class=\"scale-note\">", html, StringComparison.Ordinal);
            Assert.Matches(@"Innlandet 2023: 900\s*<", html);
        }
    }

    private static async Task<string> PdfTextAsync(string file)
    {
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(file);
        start.ArgumentList.Add("-");
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, "pdftotext failed");
        return output;
    }
}
