using System.CommandLine;
using Riktning.CrossBorder;
using Riktning.Importing.Tabular;

namespace Riktning.Web.Commands;

/// <summary>
/// <c>riktning import projects FILE</c> (CSV or .xlsx, docs/projects-format.md; all or nothing, matched on the key) and
/// <c>riktning sample cross-border</c>, which adds clearly labelled invented projects for demonstrations.
/// </summary>
internal static class CrossBorderCommands
{
    public static Command ImportProjects()
    {
        var file = new Argument<FileInfo>("file") { Description = "A CSV or .xlsx file in the layout of docs/projects-format.md." };
        var command = new Command("projects", "Cross-border projects from CSV or Excel (all or nothing; rows matched on the key column).") { file };
        command.SetAction((parseResult, cancellationToken) => CommandHost.RunAsync(async (services, ct) =>
        {
            var path = parseResult.GetRequiredValue(file).FullName;
            IReadOnlyList<ProjectRow> rows;
            if (path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            {
                await using var stream = File.OpenRead(path);
                rows = ProjectFile.FromExcel(stream, Path.GetFileName(path), ct);
            }
            else
            {
                using var reader = TabularText.Reader(path);
                rows = ProjectFile.FromCsv(reader, Path.GetFileName(path), ct);
            }

            return await ReportAsync(await services.GetRequiredService<ProjectImporter>().ImportAsync(rows, cancellationToken: ct), Path.GetFileName(path));
        }, cancellationToken));
        return command;
    }

    public static Command Sample()
    {
        var crossBorder = new Command("cross-border", "Add invented example projects, labelled 'Exempeldata' with keys exempel-NN (a second run changes nothing).");
        crossBorder.SetAction((parseResult, cancellationToken) => CommandHost.RunAsync(async (services, ct) =>
        {
            var references = await services.GetRequiredService<CrossBorderRegistry>().ReferencesAsync(ct);
            var rows = SampleProjects.Create(references);
            return await ReportAsync(await services.GetRequiredService<ProjectImporter>().ImportAsync(rows, cancellationToken: ct), "sample");
        }, cancellationToken));
        return new Command("sample", "Generate clearly labelled sample data.") { crossBorder };
    }

    private static async Task<int> ReportAsync(ImportResult result, string source)
    {
        if (!result.Succeeded)
        {
            foreach (var problem in result.Problems)
            {
                await Console.Error.WriteLineAsync($"{source}: {CrossBorderProblems.Describe(problem)}");
            }

            await Console.Error.WriteLineAsync($"{source}: nothing stored ({result.Problems.Count} errors).");
            return 1;
        }

        Console.WriteLine($"{source}: {result.Added} added, {result.Changed} changed, {result.Unchanged} unchanged.");
        return 0;
    }
}
