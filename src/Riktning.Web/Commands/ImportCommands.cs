using System.CommandLine;
using Riktning.Importing;
using Spectre.Console;

namespace Riktning.Web.Commands;

/// <summary>
/// <c>riktning import px|jsonstat|kolada-csv|csv|excel FILE --measure ID …</c>: one file into one measure, in one transaction;
/// <c>riktning import boundaries FILE --country SE --code-property id</c>: region outlines for the maps;
/// <c>riktning import municipality-groups FILE --key K --name N [--group ID …]</c>: a municipality classification.
/// The mapping options say how the table's dimensions become region, period and breakdowns.
/// </summary>
internal static class ImportCommands
{
    public static Command Create()
    {
        var command = new Command("import", "Import statistics from a file into a measure of the strategy (all or nothing; a repeated import changes nothing).");
        command.Subcommands.Add(FileCommand("px", StatisticsFileFormat.Px, "A PC-Axis .px file (CODEPAGE honoured)."));
        command.Subcommands.Add(FileCommand("jsonstat", StatisticsFileFormat.JsonStat, "A json-stat2 response saved from SCB or SSB (PxWeb API v1 or PxWebApi 2)."));
        command.Subcommands.Add(FileCommand("kolada-csv", StatisticsFileFormat.KoladaCsv, "A Kolada values CSV (columns geo, year, gender and the KPI id)."));
        command.Subcommands.Add(InterventionImportCommand.Create());
        command.Subcommands.Add(FileCommand("csv", StatisticsFileFormat.Csv, "A CSV file in the upload layout (docs/upload-format.md)."));
        command.Subcommands.Add(BoundariesCommand());
        command.Subcommands.Add(MunicipalityGroupsCommand());
        command.Subcommands.Add(FileCommand("excel", StatisticsFileFormat.Excel, "An Excel .xlsx file in the upload layout (docs/upload-format.md)."));
        return command;
    }

    private static Command BoundariesCommand()
    {
        var file = FileArgument();
        var country = new Option<string>("--country") { Description = "SE or NO: whose region codes the file uses.", Required = true };
        var codeProperty = new Option<string>("--code-property") { Description = "The feature property holding the county or municipality code, e.g. id.", Required = true };
        var source = new Option<string?>("--source") { Description = "Who published the outlines, named under the map (e.g. \"Lantmäteriet/SCB\", \"Kartverket\"); default: the file's own \"source\" or \"attribution\"." };
        var licence = new Option<string?>("--licence") { Description = "The outlines' licence, named under the map (e.g. \"CC BY 4.0\"); default: the file's own \"licence\" or \"license\"." };
        var command = new Command("boundaries", "Region outlines from a GeoJSON FeatureCollection (WGS84) for the maps; one per region, replacing earlier ones.") { file, country, codeProperty, source, licence };
        command.SetAction((parseResult, cancellationToken) => CommandHost.RunAsync(async (services, ct) =>
        {
            var path = parseResult.GetRequiredValue(file).FullName;
            var countryCode = Country(parseResult.GetRequiredValue(country));

            var result = await services.GetRequiredService<BoundaryImporter>().ImportAsync(
                path, countryCode, parseResult.GetRequiredValue(codeProperty), parseResult.GetValue(source), parseResult.GetValue(licence), ct);
            Console.WriteLine($"{Path.GetFileName(path)}: {result.Added} added, {result.Changed} changed, {result.Unchanged} unchanged");
            return 0;
        }, cancellationToken));
        return command;
    }

    private static Command MunicipalityGroupsCommand()
    {
        var file = FileArgument();
        var key = new Option<string>("--key") { Description = "The classification's key in addresses, e.g. skr-2017.", Required = true };
        var name = new Option<string>("--name") { Description = "The classification's name as published, e.g. \"SKR:s kommungruppsindelning 2017\".", Required = true };
        var groups = new Option<string[]>("--group") { Description = "For a Kolada municipality_groups .json file: a group id of the classification, in display order; repeatable." };
        var country = new Option<string>("--country") { Description = "SE or NO: whose municipality codes the file uses.", DefaultValueFactory = _ => "SE" };
        var command = new Command(
            "municipality-groups",
            "A municipality classification (SKR's municipality groups, Tillväxtverket's municipality types …) from a Kolada municipality_groups .json file or a .csv/.xlsx table (docs/municipality-groups-format.md); replaces the classification with the same key.")
        {
            file, key, name, groups, country,
        };
        command.SetAction((parseResult, cancellationToken) => CommandHost.RunAsync(async (services, ct) =>
        {
            var path = parseResult.GetRequiredValue(file).FullName;
            var fileName = Path.GetFileName(path);
            var countryCode = Country(parseResult.GetRequiredValue(country));

            var ids = parseResult.GetValue(groups) ?? [];
            IReadOnlyList<ClassificationGroupInput> read;
            await using (var stream = File.OpenRead(path))
            {
                read = await MunicipalityGroupFile.ReadAsync(stream, fileName, ids, ct);
            }

            var result = await services.GetRequiredService<MunicipalityClassificationImporter>()
                .ImportAsync(parseResult.GetRequiredValue(key), parseResult.GetRequiredValue(name), countryCode, MunicipalityGroupFile.Source(fileName, ids), read, ct);
            Console.WriteLine($"{result.Key}: {result.Groups} groups, {result.Municipalities} municipalities, {(result.Changed ? "stored" : "unchanged")}");
            return 0;
        }, cancellationToken));
        return command;
    }

    /// <summary>The country whose region codes a file uses: SE or NO.</summary>
    private static string Country(string code) =>
        code is "SE" or "NO" ? code : throw new ImportFormatException($"--country: '{code}' is not SE or NO");

    /// <summary>
    /// One statistics file into one measure, read by <see cref="MeasureImport.PrepareFile"/> as the data desk reads an
    /// upload; tables (PC-Axis, json-stat2) take the mapping options, the Kolada CSV the mismatch reason.
    /// </summary>
    private static Command FileCommand(string name, StatisticsFileFormat format, string description)
    {
        var file = FileArgument();
        var measure = MeasureOption();
        var command = new Command(name, description) { file, measure };
        var isTable = format is StatisticsFileFormat.Px or StatisticsFileFormat.JsonStat;
        var region = new Option<string?>("--region") { Description = "The table's region dimension (default: the one with the geo role)." };
        var time = new Option<string?>("--time") { Description = "The table's time dimension (default: the one with the time role)." };
        var breakdown = new Option<string[]>("--breakdown") { Description = "name=Dimension, e.g. sex=Kon or age=Alder; repeatable.", AllowMultipleArgumentsPerToken = false };
        var filter = new Option<string[]>("--filter") { Description = "Dimension=Code keeps one category, e.g. ContentsCode=BE0101N1; repeatable." };
        var norwegian = new Option<bool>("--norwegian") { Description = "Region codes are Norwegian (kommune/fylke numbers)." };
        var fixedRegion = new Option<string?>("--fixed-region") { Description = "Region key for a table without a region dimension, e.g. SE-17." };
        var language = new Option<string?>("--language") { Description = "Language to read from a multilingual .px file (sv, en …)." };
        var mismatch = MismatchOption();
        if (isTable)
        {
            foreach (var option in new Option[] { region, time, breakdown, filter, norwegian, fixedRegion, language })
            {
                command.Options.Add(option);
            }
        }

        if (format is not (StatisticsFileFormat.Csv or StatisticsFileFormat.Excel))
        {
            command.Options.Add(mismatch);
        }

        command.SetAction((parseResult, cancellationToken) => CommandHost.RunAsync(async (services, ct) =>
        {
            var path = parseResult.GetRequiredValue(file).FullName;
            var import = services.GetRequiredService<MeasureImport>();
            var target = await import.FindMeasureAsync(parseResult.GetRequiredValue(measure), ct);

            // The definition's mapping for the measure's source, with what the options name instead.
            var choices = new MappingChoices
            {
                RegionDimension = parseResult.GetValue(region),
                TimeDimension = parseResult.GetValue(time),
                Breakdowns = MappingChoices.Pairs(parseResult.GetValue(breakdown), "--breakdown"),
                Filters = MappingChoices.Pairs(parseResult.GetValue(filter), "--filter"),
                Norwegian = parseResult.GetValue(norwegian),
                FixedRegion = parseResult.GetValue(fixedRegion),
                Language = parseResult.GetValue(language),
                MismatchReason = parseResult.GetValue(mismatch),
            };
            PreparedImport prepared;
            await using (var stream = File.OpenRead(path))
            {
                prepared = MeasureImport.PrepareFile(target, format, stream, Path.GetFileName(path), path, choices, ct);
            }

            return await ImportAsync(target, path, ct2 => import.ImportAsync(prepared, ct2), ct);
        }, cancellationToken));
        return command;
    }

    private static async Task<int> ImportAsync(Measure measure, string path, Func<CancellationToken, Task<ImportSummary>> import, CancellationToken cancellationToken)
    {
        var summary = Console.IsOutputRedirected
            ? await import(cancellationToken)
            : await AnsiConsole.Status().StartAsync($"Importing {Markup.Escape(Path.GetFileName(path))} into {Markup.Escape(measure.Id)}…", _ => import(cancellationToken));
        Console.WriteLine($"{measure.Id}: {summary.Added} added, {summary.Changed} changed, {summary.Unchanged} unchanged, 0 rejected"
            + (summary.Derived > 0 ? $", {summary.Derived} totals derived by Riktning as women + men" : "")
            + (summary.BatchId is { } batch ? $" (import batch {batch})" : " (nothing stored)"));
        foreach (var note in summary.Notes)
        {
            Console.WriteLine("Note: " + note);
        }

        return 0;
    }

    private static Option<string?> MismatchOption() => new("--source-mismatch-ok")
    {
        Description = "Import although the file names another table or KPI than the measure's source; the reason is recorded on the import batch.",
    };

    private static Argument<FileInfo> FileArgument() => new("file") { Description = "The file to import." };

    private static Option<string> MeasureOption() => new("--measure") { Description = "The measure id in the strategy definition.", Required = true };
}
