using System.Text;
using Riktning.Plans;

namespace Riktning.Web.Features.Interventions;

/// <summary>Every intervention as CSV or Excel, in the same columns the import reads, so an export can be edited and imported back.</summary>
public sealed class ExportModel(RiktningDb db, PlanningData data) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? format, CancellationToken cancellationToken)
    {
        var keys = await data.OrganisationKeysAsync(cancellationToken);
        var strategy = await data.StrategyAsync(cancellationToken);
        var rows = (await db.Interventions.AsNoTracking().OrderBy(i => i.Key).ToListAsync(cancellationToken)).Select(i => InterventionFields.From(i, keys)).ToList();
        var columns = InterventionTable.Columns(strategy.Perspectives.Select(p => p.Id));
        var stream = new MemoryStream();
        if (string.Equals(format, "xlsx", StringComparison.Ordinal))
        {
            InterventionTable.WriteExcel(stream, columns, rows);
            stream.Position = 0;
            return File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "interventions.xlsx");
        }

        await using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        {
            InterventionTable.WriteCsv(writer, columns, rows);
        }

        stream.Position = 0;
        return File(stream, "text/csv; charset=utf-8", "interventions.csv");
    }
}
