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
root.Subcommands.Add(import);
root.Subcommands.Add(ImportHistoryCommands.Create());
root.Subcommands.Add(CrossBorderCommands.Sample());
root.Subcommands.Add(RefreshCommand.Create());
root.Subcommands.Add(UserCommands.Create());
// With no verb, serve: that is what `dotnet run` and the test host expect.
root.SetAction((parseResult, cancellationToken) => ServeCommand.RunAsync([.. parseResult.UnmatchedTokens], cancellationToken));
root.TreatUnmatchedTokensAsErrors = false;

return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });

/// <summary>The entry point, named so that the in-process test host can find it.</summary>
public partial class Program;
