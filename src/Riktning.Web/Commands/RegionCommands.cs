using System.CommandLine;
using System.Globalization;
using Riktning.Regions;
using Spectre.Console;

namespace Riktning.Web.Commands;

/// <summary><c>riktning regions list [--country SE|NO] [--on DATE]</c>.</summary>
internal static class RegionCommands
{
    public static Command Create()
    {
        var country = new Option<string?>("--country") { Description = "SE or NO." };
        var on = new Option<DateOnly?>("--on") { Description = "Only regions valid on this date (yyyy-MM-dd)." };
        var list = new Command("list", "List the region registry.") { country, on };
        list.SetAction((parseResult, cancellationToken) => CommandHost.RunAsync(async (services, ct) =>
        {
            var regions = await services.GetRequiredService<RegionRegistry>().ListAsync(parseResult.GetValue(country), null, parseResult.GetValue(on), ct);
            var table = new Table().AddColumns("Key", "Level", "Name", "County", "Valid from", "Valid to");
            foreach (var r in regions)
            {
                table.AddRow(r.Key, r.Level.ToString(), Markup.Escape(r.Name), r.ParentCode ?? "", Date(r.ValidFrom), Date(r.ValidTo));
            }

            AnsiConsole.Write(table);
            AnsiConsole.WriteLine($"{regions.Count} regions");
            return 0;
        }, cancellationToken));

        return new Command("regions", "The region registry (Swedish and Norwegian counties and municipalities).") { list };
    }

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
