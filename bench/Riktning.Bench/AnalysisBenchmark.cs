using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Riktning.Data;
using Riktning.Importing;
using Riktning.Plans;
using Riktning.Regions;
using Riktning.Setup;
using Riktning.SituationAnalysis;
using Riktning.Statistics;
using Riktning.Strategy;

namespace Riktning.Bench;

/// <summary>
/// The <c>analysis</c> verb: the situation analysis of Värmlandsstrategin 2040 (13 goals, every measure) printed to PDF
/// by the Release server with headless Chromium. The store is the bundled content plus generated figures for every
/// measure (Värmland, Sweden, the 16 municipalities, Innlandet, by sex and birth country, 2015–2024), a plan and two
/// interventions per goal and commentary on every section; the analysis of 2024 is published through the Core service.
/// Target: the PDF in under 30 s. A measurement, not a test: it exits 0 and prints PASS or FAIL.
/// </summary>
internal static partial class AnalysisBenchmark
{
    private const double TargetSeconds = 30;
    private const int Year = 2024;

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var root = RepositoryRoot.Find();
        var chromium = Option(args, "--chromium") ?? "/usr/bin/chromium";
        // --keep DIR keeps the PDFs (pdftotext, pdftoppm) after the run.
        var keep = Option(args, "--keep");
        var work = Directory.CreateTempSubdirectory("riktning-bench-analysis-").FullName;
        var database = Path.Combine(work, "riktning.db");
        try
        {
            var watch = Stopwatch.StartNew();
            var (id, measures, observations) = await BuildAsync(root, database);
            Say($"Store with {measures} measures, {observations:N0} observations and a published {Year} analysis (id {id}) in {watch.Elapsed.TotalSeconds:F1} s");

            Say($"Building Riktning.Web (Release)");
            var build = await ChildProcess.RunAsync("dotnet", ["build", "-c", "Release", Path.Combine(root, "src", "Riktning.Web"), "--nologo", "-v", "q"]);
            if (build.ExitCode != 0)
            {
                throw new InvalidOperationException($"dotnet build failed:\n{build.Output}\n{build.Error}");
            }

            var port = WebBenchmark.FreePort();
            await using var app = BackgroundProcess.Start(
                "dotnet",
                [Path.Combine(root, "src", "Riktning.Web", "bin", "Release", "net10.0", "riktning.dll"), "serve", "--urls", $"http://127.0.0.1:{port}"],
                new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["Riktning__Database__Provider"] = "Sqlite",
                    ["ConnectionStrings__Riktning"] = $"Data Source={database}",
                    ["Riktning__Pdf__ChromiumPath"] = chromium,
                    ["ASPNETCORE_ENVIRONMENT"] = "Production",
                    ["Logging__LogLevel__Default"] = "Warning",
                },
                Path.Combine(root, "src", "Riktning.Web"));
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(300) };
            var baseAddress = new Uri($"http://127.0.0.1:{port}");
            await WebBenchmark.WaitUntilUpAsync(http, new Uri(baseAddress, "/api/strategy"), app);
            await http.GetByteArrayAsync(new Uri(baseAddress, "/"));

            Console.WriteLine("case                  |   seconds | pages |      KB | target < 30 s");
            Console.WriteLine("----------------------+-----------+-------+---------+--------------");
            foreach (var (name, culture) in new[] { ("PDF sv (first)", "sv"), ("PDF sv (again)", "sv"), ("PDF en", "en") })
            {
                watch.Restart();
                var pdf = await http.GetByteArrayAsync(new Uri(baseAddress, $"/analysis/{id}/pdf?culture={culture}"));
                var seconds = watch.Elapsed.TotalSeconds;
                var file = Path.Combine(work, $"analysis-{culture}.pdf");
                await File.WriteAllBytesAsync(file, pdf);
                if (keep is not null)
                {
                    Directory.CreateDirectory(keep);
                    File.Copy(file, Path.Combine(keep, Path.GetFileName(file)), overwrite: true);
                }
                var info = await ChildProcess.RunAsync("pdfinfo", [file]);
                var pages = PagesPattern().Match(info.Output) is { Success: true } m ? m.Groups[1].Value : "?";
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name,-21} | {seconds,9:F1} | {pages,5} | {pdf.Length / 1024.0,7:F0} | {(seconds < TargetSeconds ? "PASS" : "FAIL")}"));
            }

            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static string? Option(IReadOnlyList<string> args, string name)
    {
        var index = args.ToList().IndexOf(name);
        return index >= 0 && index + 1 < args.Count ? args[index + 1] : null;
    }

    private static async Task<(int Id, int Measures, int Observations)> BuildAsync(string root, string database)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Riktning:Database:Provider"] = nameof(DatabaseProvider.Sqlite),
            ["ConnectionStrings:Riktning"] = $"Data Source={database}",
            ["Riktning:RegionListsPath"] = Path.Combine(root, "regions"),
            ["Riktning:DefinitionsPath"] = Path.Combine(root, "strategies"),
            ["Riktning:OrganisationListsPath"] = Path.Combine(root, "organisations"),
        }).Build();
        await using var container = new ServiceCollection().AddLogging().AddRiktningCore(configuration).BuildServiceProvider();
        await using var scope = container.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var setup = services.GetRequiredService<DatabaseSetup>();
        await setup.MigrateAsync();
        await setup.LoadBundledContentAsync();

        var db = services.GetRequiredService<RiktningDb>();
        var strategy = (await services.GetRequiredService<StrategyCatalog>().GetAsync("varmlandsstrategin-2040"))!.Definition;
        var municipalities = await db.Regions.Where(r => r.Country == "SE" && r.ParentCode == "17" && r.Level == RegionLevel.Municipality && r.ValidTo == null)
            .Select(r => r.Code).ToListAsync();
        var random = new Random(2040);
        var observations = 0;
        foreach (var measure in strategy.Measures)
        {
            var rows = new List<ObservationRow>();
            var level = 20 + (random.NextDouble() * 60);
            for (var year = 2015; year <= Year; year++)
            {
                var period = year.ToString(CultureInfo.InvariantCulture);
                double Next(double spread) => Math.Round(level + ((random.NextDouble() - 0.5) * spread) + ((year - 2015) * 0.3), 1);
                rows.Add(new("SE-17", period, "", Next(2), ValueStatus.Present));
                rows.Add(new("SE", period, "", Next(2), ValueStatus.Present));
                rows.Add(new("NO-34", period, "", Next(6), ValueStatus.Present));
                rows.Add(new("SE-17", period, "sex=women", Next(4) - 2, ValueStatus.Present));
                rows.Add(new("SE-17", period, "sex=men", Next(4) + 2, ValueStatus.Present));
                rows.Add(new("SE-17", period, "birth-country=sweden", Next(4) + 3, ValueStatus.Present));
                rows.Add(new("SE-17", period, "birth-country=abroad", Next(4) - 5, ValueStatus.Present));
                rows.AddRange(municipalities.Select(code => new ObservationRow("SE-" + code, period, "", Next(12), ValueStatus.Present)));
            }

            await services.GetRequiredService<ObservationImporter>().ImportAsync(measure.Id, new ImportOrigin("bench", null, "generated by the analysis benchmark"), rows);
            observations += rows.Count;
        }

        var owner = await db.Organisations.OrderBy(o => o.Id).Select(o => o.Id).FirstAsync();
        foreach (var (goal, i) in strategy.Goals.Select((g, i) => (g, i)))
        {
            db.Plans.Add(new Plan { OrganisationId = owner, Name = $"Plan för {goal.Id}", StartYear = 2022, EndYear = 2026, GoalIds = [goal.Id] });
            foreach (var n in new[] { 1, 2 })
            {
                db.Interventions.Add(new Intervention
                {
                    Key = $"bench-{i}-{n}",
                    Name = $"Insats {n} för {goal.Id}",
                    OrganisationId = owner,
                    StartDate = new(2023, 1, 1),
                    EndDate = new(2025, 12, 31),
                    Status = InterventionStatus.Ongoing,
                    Budget = 100_000,
                    GoalIds = [goal.Id],
                });
            }
        }

        await db.SaveChangesAsync();
        var analyses = services.GetRequiredService<SituationAnalysisService>();
        var id = (await analyses.CreateAsync(strategy.Id, Year)).Analysis!.Id;
        await analyses.SaveCommentsAsync(id, AnalysisSections.Of(strategy).ToDictionary(s => s, s => (string?)$"Analytikerns kommentar till {s}: läget har förändrats sedan basåret, och skillnaderna mellan grupper följs upp.", StringComparer.Ordinal));
        await analyses.MoveAsync(id, AnalysisStatus.Review);
        var published = await analyses.MoveAsync(id, AnalysisStatus.Published);
        if (!published.Succeeded)
        {
            throw new InvalidOperationException("publishing failed: " + string.Join(", ", published.Problems));
        }

        return (id, strategy.Measures.Count(), observations);
    }

    private static void Say(FormattableString message) => Console.WriteLine(message.ToString(CultureInfo.InvariantCulture));

    [GeneratedRegex(@"Pages:\s+(\d+)")]
    private static partial Regex PagesPattern();
}
