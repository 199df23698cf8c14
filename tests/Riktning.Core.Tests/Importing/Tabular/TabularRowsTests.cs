using MiniExcelLibs;
using Riktning.Importing;
using Riktning.Importing.Tabular;
using Riktning.Statistics;

namespace Riktning.Core.Tests.Importing.Tabular;

public sealed class TabularRowsTests
{
    private const string Good = """
        region,period,sex,value,status
        SE-17,2024,,84.2,
        1780,2024,women,86.9,provisional
        SE-1782,2024,,,missing
        NO-3401,2024,K,..,
        """;

    [Fact]
    public void FromCsv_DocumentedLayout_ReadsEveryRow()
    {
        var rows = TabularRows.FromCsv(new StringReader(Good), "upload.csv");

        Assert.Equal(
            [
                new ObservationRow("SE-17", "2024", "", 84.2, ValueStatus.Present),
                new ObservationRow("SE-1780", "2024", "sex=women", 86.9, ValueStatus.Present, ObservationFlags.Provisional),
                new ObservationRow("SE-1782", "2024", "", null, ValueStatus.Missing),
                new ObservationRow("NO-3401", "2024", "sex=women", null, ValueStatus.Missing),
            ],
            rows);
    }

    [Fact]
    public void FromCsv_SemicolonsAndAnyColumnOrder_AreAccepted()
    {
        var rows = TabularRows.FromCsv(new StringReader("value;region;period\n12.5;SE-17;2023\n"), "upload.csv");

        Assert.Equal([new ObservationRow("SE-17", "2023", "", 12.5, ValueStatus.Present)], rows);
    }

    [Theory]
    [InlineData("region,period,value\nSE-17,2024,12,5\n", "upload.csv: line 2: 4 fields but the header has 3")]
    [InlineData("region,period,value\nSE-17,2024,tolv\n", "upload.csv: line 2, column 'value': 'tolv' is not a number")]
    [InlineData("region,period,value,colour\nSE-17,2024,1,red\n", "upload.csv: line 1: unknown column 'colour'")]
    [InlineData("period,value\n2024,1\n", "upload.csv: line 1: the required column 'region' is missing")]
    [InlineData("region,period,value\nSE-17,2024,1\nXX-99,2024,1\n", "upload.csv: line 3, column 'region': 'XX-99' is not a region key")]
    [InlineData("region,period,value\nSE-17,2024,\n", "upload.csv: line 2, column 'value': empty, and no status says why")]
    [InlineData("region,period,value,status\nSE-17,2024,5,confidential\n", "upload.csv: line 2, column 'status': 'Confidential' cannot go with a number")]
    [InlineData("region,period,sex,value\nSE-17,2024,x,5\n", "upload.csv: line 2, column 'sex': 'x' is not women, men, total")]
    public void FromCsv_BadInput_NamesLineAndColumn(string csv, string expected)
    {
        var error = Assert.ThrowsAny<Exception>(() => TabularRows.FromCsv(new StringReader(csv), "upload.csv"));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromExcel_RealWorkbook_ReadsNumbersAndStatuses()
    {
        var path = Path.Combine(Path.GetTempPath(), $"upload-{Guid.NewGuid():N}.xlsx");
        MiniExcel.SaveAs(path, new[]
        {
            new Dictionary<string, object?> { ["region"] = "SE-17", ["period"] = "2024", ["value"] = 84.2, ["status"] = null },
            new Dictionary<string, object?> { ["region"] = "1780", ["period"] = "2024", ["value"] = null, ["status"] = "confidential" },
        });

        using var stream = File.OpenRead(path);
        var rows = TabularRows.FromExcel(stream, "upload.xlsx");

        Assert.Equal(
            [
                new ObservationRow("SE-17", "2024", "", 84.2, ValueStatus.Present),
                new ObservationRow("SE-1780", "2024", "", null, ValueStatus.Confidential),
            ],
            rows);
    }

    [Fact]
    public void FromExcel_NotAWorkbook_SaysSo()
    {
        using var stream = new MemoryStream("region,period,value\n"u8.ToArray());

        var error = Assert.Throws<ImportFormatException>(() => TabularRows.FromExcel(stream, "upload.xlsx"));

        Assert.StartsWith("upload.xlsx: not a readable .xlsx workbook", error.Message, StringComparison.Ordinal);
    }
}
