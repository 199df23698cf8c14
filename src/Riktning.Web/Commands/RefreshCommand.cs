using System.CommandLine;
using Spectre.Console;

namespace Riktning.Web.Commands;

/// <summary>
/// <c>riktning refresh</c>: every measure with a configured source and, without <c>--measure</c>, every commuting table the
/// definitions declare, from the official APIs, one transaction per measure or table.
/// </summary>
internal static class RefreshCommand
{
    public static Command Create()
    {
        var measure = new Option<string[]>("--measure") { Description = "Only these measures (ids from the strategy definition); repeatable." };
        var command = new Command("refresh", "Fetch every measure that names a source (Kolada, SCB, SSB) and every commuting table a definition declares, and import what changed.") { measure, CommutingRefreshCommand.Create() };
        command.SetAction((parseResult, cancellationToken) => CommandHost.RunAsync(async (services, ct) =>
        {
            var only = parseResult.GetValue(measure) is { Length: > 0 } ids ? ids : null;
            RefreshRunResult? run;
            if (Console.IsOutputRedirected)
            {
                run = await RefreshAsync(services, only, null, ct);
            }
            else
            {
                run = await AnsiConsole.Progress().StartAsync(async context =>
                {
                    var task = context.AddTask("Refreshing measures");
                    var progress = new Progress<(int Done, int Total, string MeasureId)>(p =>
                    {
                        task.MaxValue = Math.Max(p.Total, 1);
                        task.Value = p.Done;
                        task.Description = p.MeasureId.Length > 0 ? Markup.Escape(p.MeasureId) : "Done";
                    });
                    return await RefreshAsync(services, only, progress, ct);
                });
            }

            if (run is null)
            {
                Console.Error.WriteLine("Another instance is refreshing the statistics now; nothing was fetched (see its run in the refresh history).");
                return 1;
            }

            var outcomes = run.Outcomes;

            foreach (var outcome in outcomes)
            {
                var what = outcome.Summary is { } s ? $"{s.Added} added, {s.Changed} changed, {s.Unchanged} unchanged"
                    : outcome.Skipped is { } skipped ? "skipped: " + skipped
                    : "rejected: " + outcome.Error;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{outcome.MeasureId} ({outcome.Source} {outcome.SourceId}, {outcome.Calls} calls): {what}"));
                foreach (var note in outcome.Summary?.Notes ?? [])
                {
                    Console.WriteLine("  Note: " + note);
                }
            }

            foreach (var table in run.Commuting)
            {
                Console.WriteLine($"{table.Table}: {table.Summary}");
                foreach (var note in table.Result?.Notes ?? [])
                {
                    Console.WriteLine("  Note: " + note);
                }
            }

            var imported = outcomes.Where(o => o.Summary is not null).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Summary: {imported.Count} measures refreshed ({imported.Sum(o => o.Summary!.Added)} added, {imported.Sum(o => o.Summary!.Changed)} changed, {imported.Sum(o => o.Summary!.Unchanged)} unchanged), {outcomes.Count(o => o.Skipped is not null)} skipped, {outcomes.Count(o => o.Error is not null)} rejected; {outcomes.Sum(o => o.Calls)} calls to the sources"));
            if (run.Commuting.Count > 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Commuting: {run.Commuting.Count(t => t.Result is not null)} tables refreshed, {run.Commuting.Count(t => t.Error is not null)} rejected"));
            }

            return outcomes.Any(o => o.Error is not null) || run.Commuting.Any(t => t.Error is not null) ? 2 : 0;
        }, cancellationToken));
        return command;
    }

    /// <summary>
    /// The whole refresh, or the named measures, as one coordinated run (one at a time across instances, kept in the
    /// history). Null when another run is going on.
    /// </summary>
    private static Task<RefreshRunResult?> RefreshAsync(
        IServiceProvider services, string[]? only, IProgress<(int Done, int Total, string MeasureId)>? progress, CancellationToken cancellationToken) =>
        services.GetRequiredService<RefreshCoordinator>().RunAsync(RefreshTriggers.Command, progress, measureIds: only, cancellationToken: cancellationToken);
}
