using System.Diagnostics;
using System.Net;
using MiniExcelLibs;
using Riktning.Data;
using Riktning.Testing;

namespace Riktning.Web.Tests.SituationAnalysis;

/// <summary>
/// The published fixture analysis (<see cref="AnalysisSite.PublishedFixtureAsync"/>) as web page, Excel and PDF: the
/// figures published, the source's later revision beside them, and the PDF read back with poppler's pdftotext,
/// pdfinfo and pdftoppm.
/// </summary>
public sealed class AnalysisExportTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    public static TheoryDataRow<DatabaseProvider>[] AllProviders => Providers.All;

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task WebPage_Published_ShowsFrozenFiguresWorkCommentaryAndRevision(DatabaseProvider provider)
    {
        var id = await AnalysisSite.PublishedFixtureAsync(site.Services(provider));

        var html = await site.Client(provider).GetStringAsync($"/analysis/{id}?culture=en", TestContext.Current.CancellationToken);

        Assert.Contains("<h1 id=\"analysis-title\">Situation analysis 2023</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<h3 id=\"goal-analys-mal\">More in work</h3>", html, StringComparison.Ordinal);
        // Published 72 with the revised 73 beside it, and the revision listed.
        Assert.Matches(@"2023: 72\s*<br>\s*<small class=""revised"">now 73</small>", html);
        Assert.Contains("<h2 id=\"revised-heading\">Revised figures</h2>", html, StringComparison.Ordinal);
        Assert.Contains("Skillnaden mellan kvinnor och män minskar.", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Kompetensplan</th>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Kompetenslyft</th>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Senare insats", html, StringComparison.Ordinal);
        Assert.Contains("<svg xmlns=\"http://www.w3.org/2000/svg\"", html, StringComparison.Ordinal);
        Assert.Contains("2021: -8", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Excel_Published_HasEveryCitedFigureAndTheRevision(DatabaseProvider provider)
    {
        var id = await AnalysisSite.PublishedFixtureAsync(site.Services(provider));

        var response = await site.Client(provider).GetAsync($"/analysis/{id}/xlsx?culture=en", TestContext.Current.CancellationToken);
        var body = new MemoryStream(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["measures", "figures", "gaps", "work", "comments", "revised"], MiniExcel.GetSheetNames(body));
        var measures = MiniExcel.Query(body, useHeaderRow: true, sheetName: "measures").Cast<IDictionary<string, object?>>().ToList();
        var employment = measures.Single(m => (string?)m["measure_id"] == AnalysisFixture.Measure);
        Assert.Equal((72.0, 2.0, 76.0), (Convert.ToDouble(employment["latest_value"], System.Globalization.CultureInfo.InvariantCulture), Convert.ToDouble(employment["change_since_baseline"], System.Globalization.CultureInfo.InvariantCulture), Convert.ToDouble(employment["country_value"], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("Better", employment["assessment"]);
        Assert.Equal(10, MiniExcel.Query(body, useHeaderRow: true, sheetName: "figures").Count());
        var revised = MiniExcel.Query(body, useHeaderRow: true, sheetName: "revised").Cast<IDictionary<string, object?>>().Single();
        Assert.Equal(("SE-17", "2023"), ((string?)revised["series"], revised["period"]?.ToString()));
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Pdf_Published_TaggedWithHeadingsFiguresAndPageNumbers(DatabaseProvider provider)
    {
        var id = await AnalysisSite.PublishedFixtureAsync(site.Services(provider));
        var folder = Directory.CreateTempSubdirectory("riktning-pdf-").FullName;
        var file = Path.Combine(folder, "analysis.pdf");

        var response = await site.Client(provider).GetAsync($"/analysis/{id}/pdf?culture=sv", TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(file, await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
        var text = await RunAsync("pdftotext", "-layout", file, "-");
        var info = await RunAsync("pdfinfo", file);
        await RunAsync("pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", file, Path.Combine(folder, "page"));
        var image = Directory.GetFiles(folder, "page*.png").Single();
        var screenshot = Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots", $"analysis-pdf-{provider}.png".ToLowerInvariant());
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        File.Copy(image, screenshot, overwrite: true);
        await File.WriteAllTextAsync(Path.ChangeExtension(screenshot, ".txt"), text, TestContext.Current.CancellationToken); // to read when it fails

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Nulägesanalys 2023", text, StringComparison.Ordinal);
        Assert.Contains("Innehåll", text, StringComparison.Ordinal);
        Assert.Contains("Testområde", text, StringComparison.Ordinal);
        Assert.Contains("Fler i arbete", text, StringComparison.Ordinal);
        Assert.Contains("Sysselsättningsgrad", text, StringComparison.Ordinal);
        Assert.Contains("2023: 72", text, StringComparison.Ordinal);
        Assert.Contains("nu 73", text, StringComparison.Ordinal);
        Assert.Contains("Kompetensplan", text, StringComparison.Ordinal);
        Assert.Contains("sida 1 av", text, StringComparison.Ordinal);
        Assert.Matches(@"Tagged:\s+yes", info);
        Assert.True(new FileInfo(image).Length > 2_000, "the first page renders to an image with content");

        // A second print reuses the Chromium the first one started, and the same figures take as many pages in English.
        var english = Path.Combine(folder, "analysis-en.pdf");
        var again = await site.Client(provider).GetAsync($"/analysis/{id}/pdf?culture=en", TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(english, await again.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("page 1 of", await RunAsync("pdftotext", "-layout", english, "-"), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(Pages(info), Pages(await RunAsync("pdfinfo", english)));
        Directory.Delete(folder, recursive: true);
    }

    private static int Pages(string pdfinfo) =>
        int.Parse(System.Text.RegularExpressions.Regex.Match(pdfinfo, @"Pages:\s+(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<string> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, $"{program} failed: {error}");
        return output;
    }
}
