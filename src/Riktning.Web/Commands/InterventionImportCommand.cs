using System.CommandLine;
using Riktning.Importing.Tabular;
using Riktning.Plans;
using Riktning.Web.Features.Plans;

namespace Riktning.Web.Commands;

/// <summary>
/// <c>riktning import interventions FILE</c>: the web's bulk import from the command line, with the same validation
/// and the same all-or-nothing, idempotent write. Whoever runs it on the server acts for every organisation, as an
/// analyst does; the audit trail records them as <c>cli:&lt;OS user&gt;</c>.
/// </summary>
internal static class InterventionImportCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A .csv or .xlsx file in the layout of docs/interventions-format.md." };
        var command = new Command("interventions", "Interventions from CSV or Excel (docs/interventions-format.md), matched on their key.") { file };
        command.SetAction((parseResult, cancellationToken) => CommandHost.RunAsync(async (services, ct) =>
        {
            var path = parseResult.GetValue(file)!.FullName;
            var name = Path.GetFileName(path);
            TabularTable table;
            if (path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            {
                await using var stream = File.OpenRead(path);
                table = TabularTable.FromExcel(stream, name, ct);
            }
            else
            {
                using var reader = TabularText.Reader(path);
                table = TabularTable.FromCsv(reader, name, cancellationToken: ct);
            }

            var rows = InterventionTable.Read(table, name);
            var data = services.GetRequiredService<PlanningData>();
            var result = await services.GetRequiredService<InterventionImporter>().ImportAsync(rows, await data.ReferencesAsync(ct), (_, _) => Task.FromResult(true), ct);
            if (!result.Succeeded)
            {
                // The command line speaks English, with the same texts as the English site.
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
                var localizer = services.GetRequiredService<IStringLocalizer<SharedResource>>();
                var perspectives = await data.PerspectiveNamesAsync(ct);
                foreach (var problem in result.Problems)
                {
                    await Console.Error.WriteLineAsync($"{name}: line {problem.Line}, column '{problem.Column}': {ProblemText.Format(localizer, problem.Problem, perspectives)}");
                }

                await Console.Error.WriteLineAsync($"{name}: nothing was imported");
                return 1;
            }

            Console.WriteLine($"{result.Added} added, {result.Changed} changed, {result.Unchanged} unchanged");
            return 0;
        }, cancellationToken));
        return command;
    }
}
