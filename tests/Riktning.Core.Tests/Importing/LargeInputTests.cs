using System.Globalization;
using System.Text;
using Riktning.Importing;
using Riktning.Importing.JsonStat;
using Riktning.Importing.PcAxis;

namespace Riktning.Core.Tests.Importing;

/// <summary>A million cells, the size the import benchmark feeds, must parse in one go.</summary>
public sealed class LargeInputTests
{
    private const int Rows = 1000;
    private const int Columns = 1000;

    [Fact]
    public void Parse_MillionValuePxFile_ReadsEveryCell()
    {
        var px = new StringBuilder("STUB=\"r\";\nHEADING=\"c\";\n");
        px.Append("VALUES(\"r\")=").AppendJoin(',', Enumerable.Range(0, Rows).Select(i => $"\"{i}\"")).Append(";\n");
        px.Append("VALUES(\"c\")=").AppendJoin(',', Enumerable.Range(0, Columns).Select(i => $"\"{i}\"")).Append(";\nDATA=\n");
        for (var r = 0; r < Rows; r++)
        {
            for (var c = 0; c < Columns; c++)
            {
                px.Append(c == 0 ? "\"..\"" : (r + (c / 10.0)).ToString(CultureInfo.InvariantCulture)).Append(' ');
            }

            px.Append('\n');
        }

        px.Append(';');
        using var stream = new MemoryStream(Encoding.ASCII.GetBytes(px.ToString()));

        var dataset = PxFileParser.Parse(stream, "million.px");

        Assert.Equal(Rows * Columns, dataset.Cells.Count());
        Assert.Equal(Rows, dataset.Cells.Count(c => c.Status == ValueStatus.Missing));
        Assert.Equal(1098.9, dataset.Cell("999", "999").Value);
    }

    [Fact]
    public void Parse_MillionValueJsonStat_ReadsEveryCell()
    {
        var json = new StringBuilder("""{"id":["r","c"],"size":[1000,1000],"dimension":{"r":{"category":{"index":[""");
        json.AppendJoin(',', Enumerable.Range(0, Rows).Select(i => $"\"{i}\"")).Append("]}},\"c\":{\"category\":{\"index\":[");
        json.AppendJoin(',', Enumerable.Range(0, Columns).Select(i => $"\"{i}\"")).Append("]}}},\"value\":[");
        json.AppendJoin(',', Enumerable.Range(0, Rows * Columns).Select(i => i % 1000 == 0 ? "null" : (i / 10.0).ToString(CultureInfo.InvariantCulture)));
        json.Append("]}");

        var dataset = JsonStat2Parser.Parse(Encoding.UTF8.GetBytes(json.ToString()), "million.json");

        Assert.Equal(Rows * Columns, dataset.Values.Count);
        Assert.Equal(Rows, dataset.Cells.Count(c => c.Status == ValueStatus.Missing));
        Assert.Equal(99999.9, dataset.Cell("999", "999").Value);
    }
}
