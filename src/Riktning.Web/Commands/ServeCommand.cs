using System.CommandLine;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Riktning.Web.Commands;

/// <summary><c>riktning serve</c>: prepares the store and serves the site. Other arguments (e.g. <c>--urls</c>) go to ASP.NET Core.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var command = new Command("serve", "Create or update the database, load the bundled definitions and serve the web site.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync([.. parseResult.UnmatchedTokens], cancellationToken));
        return command;
    }

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var app = RiktningWebApp.Build(args);
        // A PostgreSQL schema behind the code (DatabaseNotReadyException) is reported by CommandErrors in Program.cs.
        await app.StartAsync(cancellationToken);

        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            Console.WriteLine($"Riktning is running at {address} (Ctrl+C stops it)");
        }

        await app.WaitForShutdownAsync(cancellationToken);
        return 0;
    }
}
