using System.CommandLine;
using Riktning.Web.Commands;

// One executable: `riktning` (or `riktning serve`) runs the web site; the other verbs work on the same store.
var root = new RootCommand("Riktning: Värmlandsstrategin 2040 and other regional development strategies, followed up with official statistics.");
var serve = ServeCommand.Create();
root.Subcommands.Add(serve);
root.Subcommands.Add(StrategyCommands.Create());
root.Subcommands.Add(RegionCommands.Create());
root.Subcommands.Add(DatabaseCommands.Create());
var import = ImportCommands.Create();
import.Subcommands.Add(CrossBorderCommands.ImportProjects());
import.Subcommands.Add(CommutingImportCommand.Create());
root.Subcommands.Add(import);
root.Subcommands.Add(ImportHistoryCommands.Create());
root.Subcommands.Add(CrossBorderCommands.Sample());
root.Subcommands.Add(RefreshCommand.Create());
root.Subcommands.Add(UserCommands.Create());
// With no verb, serve: that is what `dotnet run` and the test host expect.
// ASP.NET Core's own switches (--urls, --environment=…) go on to the server; a bare word is a verb we do not have.
root.SetAction(async (parseResult, cancellationToken) =>
{
    if (parseResult.UnmatchedTokens is [var first, ..] && !first.StartsWith('-'))
    {
        await Console.Error.WriteLineAsync($"riktning: unknown command '{first}' (riktning --help lists the commands)");
        return CommandErrors.UsageError;
    }

    return await ServeCommand.RunAsync([.. parseResult.UnmatchedTokens], cancellationToken);
});
root.TreatUnmatchedTokensAsErrors = false;

try
{
    return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception exception) when (CommandErrors.IsUserError(exception))
{
    return await CommandErrors.ReportAsync(exception);
}

/// <summary>The entry point, named so that the in-process test host can find it.</summary>
public partial class Program;
