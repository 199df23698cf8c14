using System.CommandLine;
using Riktning.Accounts;
using Spectre.Console;

namespace Riktning.Web.Commands;

/// <summary><c>riktning users add|list</c>: accounts, e.g. the first administrator of a new installation.</summary>
internal static class UserCommands
{
    public static Command Create()
    {
        var email = new Option<string>("--email") { Description = "The e-mail address, also the user name.", Required = true };
        var role = new Option<string>("--role") { Description = $"One of: {string.Join(", ", RoleNames.All)}.", Required = true };
        var organisation = new Option<string?>("--organisation") { Description = "The organisation key an editor acts for (see organisations/)." };
        var name = new Option<string?>("--name") { Description = "The name shown in the audit trail (default: the e-mail address)." };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from standard input (one line). Without it, the account signs in only through OpenID Connect." };
        var add = new Command("add", "Create an account with one role.") { email, role, organisation, name, passwordStdin };
        add.SetAction((parseResult, cancellationToken) => CommandHost.RunAsync(async (services, ct) =>
        {
            // Read from stdin, never from an argument: arguments end up in shell history and process lists.
            var password = parseResult.GetValue(passwordStdin) ? (await Console.In.ReadLineAsync(ct))?.TrimEnd('\r') : null;
            var result = await services.GetRequiredService<UserAccounts>().CreateAsync(
                parseResult.GetValue(email)!, parseResult.GetValue(name), parseResult.GetValue(role)!, parseResult.GetValue(organisation), password, ct);
            if (!result.Succeeded)
            {
                foreach (var (field, message, _) in result.Problems)
                {
                    await Console.Error.WriteLineAsync($"{field}: {Describe(message)}");
                }

                return 1;
            }

            Console.WriteLine($"created {result.User!.Email} ({parseResult.GetValue(role)})");
            return 0;
        }, cancellationToken));

        var list = new Command("list", "List the accounts, their roles and organisations.");
        list.SetAction((parseResult, cancellationToken) => CommandHost.RunAsync(async (services, ct) =>
        {
            var accounts = await services.GetRequiredService<UserAccounts>().ListAsync(ct);
            var table = new Table().AddColumns("E-mail", "Name", "Roles", "Organisation", "Locked out until");
            foreach (var a in accounts)
            {
                table.AddRow(Markup.Escape(a.Email), Markup.Escape(a.DisplayName), string.Join(", ", a.Roles), a.OrganisationKey ?? "",
                    a.LockedOutUntil?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "");
            }

            AnsiConsole.Write(table);
            AnsiConsole.WriteLine($"{accounts.Count} accounts");
            return 0;
        }, cancellationToken));

        return new Command("users", "Accounts that may sign in to the web site.") { add, list };
    }

    // The command line speaks English; the web pages translate the same keys.
    private static string Describe(string message) => message switch
    {
        "Account.EmailInvalid" => "not an e-mail address",
        "Account.EmailTaken" => "an account with this e-mail address exists",
        "Account.RoleInvalid" => $"must be one of {string.Join(", ", RoleNames.All)}",
        "Account.OrganisationUnknown" => "no organisation has this key",
        "Account.OrganisationRequired" => "an editor needs an organisation (--organisation KEY)",
        _ => message,
    };
}
