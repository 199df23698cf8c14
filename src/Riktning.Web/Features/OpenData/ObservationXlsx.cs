using MiniExcelLibs;

namespace Riktning.Web.Features.OpenData;

/// <summary>
/// Observations as an Excel workbook: one sheet with the columns and the order of <see cref="ObservationCsv"/>. Values are numbers
/// (empty cells where there is none), so a spreadsheet can compute with them without parsing text.
/// </summary>
public static class ObservationXlsx
{
    public const string MediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Write(
        IReadOnlyList<ObservationDocument> rows, IReadOnlyDictionary<string, string> regionNames, IReadOnlyDictionary<int, FigureSource>? batches = null,
        SourceCategories? categories = null)
    {
        categories ??= SourceCategories.None;
        var described = new Dictionary<int, string>();
        var sheet = ObservationCsv.InSourceOrder(rows, categories).Select(row => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["region"] = row.Region,
            ["region_name"] = regionNames.GetValueOrDefault(row.Region, row.Region),
            ["period"] = row.Period,
            ["breakdown"] = row.Breakdown,
            ["value"] = row.Value,
            ["status"] = ObservationCsv.StatusName(row.Status),
            ["flags"] = row.Letters ?? "",
            ["source"] = ObservationCsv.SourceOf(row, batches, described),
            ["breakdown_label"] = ObservationCsv.BreakdownLabel(row.Breakdown, categories),
        }).ToList();
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, sheet, sheetName: "observations", excelType: ExcelType.XLSX);
        return stream.ToArray();
    }
}
