using System.Diagnostics;
using System.Text;
using Riktning.Importing;
using Riktning.Importing.Tabular;
using Riktning.Testing;

namespace Riktning.Core.Tests.Importing.Tabular;

/// <summary>Files made to hurt the readers: each is refused quickly, as an import error naming the file and where.</summary>
public sealed class HostileTableTests
{
    [Fact]
    public void FromExcel_CellsInColumnXfd_AreRefusedBeforeTheWorkbookIsRead()
    {
        var file = HostileFiles.LastColumnWorkbook(rows: 200);
        Assert.True(file.Length < 8 * 1024, $"the workbook is {file.Length} bytes");

        var timer = Stopwatch.StartNew();
        var error = Assert.Throws<ImportFormatException>(() => TabularTable.FromExcel(new MemoryStream(file), "xfd.xlsx"));

        // Reading it cell by cell took about 1.6 s per row, over five minutes for these 200; the bound leaves room for a
        // loaded CI machine, not for reading the rows.
        Assert.True(timer.Elapsed < TimeSpan.FromSeconds(30), $"took {timer.Elapsed}");
        Assert.StartsWith("xfd.xlsx: ", error.Message, StringComparison.Ordinal);
        Assert.Contains($"at most {TabularLimits.MaxColumns} columns", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromExcel_ZipBomb_IsRefusedWithoutInflatingIt()
    {
        var file = HostileFiles.ZipBombWorkbook(megabytes: 200);

        var error = Assert.Throws<ImportFormatException>(() => TabularTable.FromExcel(new MemoryStream(file), "bomb.xlsx"));

        Assert.Contains("bomb.xlsx: the workbook unpacks to", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromExcel_ZipWithoutWorkbook_IsAnImportError()
    {
        var error = Assert.Throws<ImportFormatException>(() => TabularTable.FromExcel(new MemoryStream(HostileFiles.ZipWithoutWorkbook()), "values.xlsx"));

        Assert.Equal("values.xlsx: a zip archive but not an .xlsx workbook (it has no xl/workbook.xml)", error.Message);
    }

    [Fact]
    public void FromExcel_TextFileNamedXlsx_IsAnImportError()
    {
        var error = Assert.Throws<ImportFormatException>(() => TabularTable.FromExcel(new MemoryStream("region,period\n"u8.ToArray()), "values.xlsx"));

        Assert.StartsWith("values.xlsx: not a readable .xlsx workbook (the file is not a zip archive)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromExcel_ReadableWorkbookWithinTheLimits_StillReads()
    {
        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.xlsx");
        try
        {
            MiniExcelLibs.MiniExcel.SaveAs(path, new[] { new Dictionary<string, object> { ["region"] = "SE-17", ["period"] = "2024", ["value"] = 1.5 } });
            using var stream = File.OpenRead(path);

            var table = TabularTable.FromExcel(stream, "ok.xlsx");

            Assert.Equal(["region", "period", "value"], table.Header);
            Assert.Equal(["SE-17", "2024", "1.5"], table.Lines.Single().Cells);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void FromCsv_StrayQuote_NamesTheLine()
    {
        var error = Assert.Throws<ImportFormatException>(() => TabularRows.FromCsv(new StringReader("region,period,value\nSE-17,2024,1\nSE-17,20\"24,2\n"), "stray.csv"));

        Assert.StartsWith("stray.csv: line 3: a quote", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromCsv_UnclosedQuote_StopsAtTheFieldLimit()
    {
        var text = "region,period,value\nSE-17,\"2024,1\n" + string.Concat(Enumerable.Repeat("SE-17,2024,1\n", 10_000));

        var error = Assert.Throws<ImportFormatException>(() => TabularRows.FromCsv(new StringReader(text), "open.csv"));

        Assert.StartsWith("open.csv: line ", error.Message, StringComparison.Ordinal);
        Assert.Contains("never closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromCsv_InvalidUtf8_IsRefusedNotReplaced()
    {
        var bytes = Encoding.UTF8.GetBytes("region,period,value\nSE-17,2024,1\n").Concat(new byte[] { 0x53, 0xE5, 0x2C, 0x32, 0x30, 0x32, 0x34, 0x2C, 0x31, 0x0A }).ToArray();

        var error = Assert.Throws<ImportFormatException>(() => TabularRows.FromCsv(TabularText.Reader(new MemoryStream(bytes)), "latin1.csv"));

        Assert.StartsWith("latin1.csv: near line ", error.Message, StringComparison.Ordinal);
        Assert.Contains("not UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromCsv_NulCharacter_NamesLineAndColumn()
    {
        var error = Assert.Throws<ImportFormatException>(() => TabularTable.FromCsv(new StringReader("key,name\na,b\0c\n"), "nul.csv"));

        Assert.Equal("nul.csv: line 2, column 2: holds the control character U+0000; only text, tabs and line breaks are read", error.Message);
    }

    [Theory]
    [InlineData("1e309")]
    [InlineData("-1e309")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    public void FromCsv_NonFiniteValue_IsRefused(string value)
    {
        var error = Assert.Throws<ImportFormatException>(() => TabularRows.FromCsv(new StringReader($"region,period,value\nSE-17,2024,{value}\n"), "inf.csv"));

        Assert.Equal($"inf.csv: line 2, column 'value': '{value}' is not a finite number", error.Message);
    }

    [Fact]
    public void ReadCsv_LongFile_IsReadAsAStreamAndHonoursCancellation()
    {
        using var cancellation = new CancellationTokenSource();
        var rows = TabularRows.ReadCsv(new EndlessCsv(), "endless.csv", cancellation.Token);
        var read = 0;

        Assert.ThrowsAny<OperationCanceledException>(() =>
        {
            foreach (var _ in rows)
            {
                if (++read == 50_000)
                {
                    cancellation.Cancel();
                }
            }
        });
        Assert.InRange(read, 50_000, 60_000);
    }

    [Fact]
    public void ExportCsv_FormulaPrefixes_AreWrittenAsText()
    {
        using var text = new StringWriter();
        using (var csv = new CsvHelper.CsvWriter(text, TabularText.ExportCsv))
        {
            foreach (var cell in new[] { "=HYPERLINK(\"http://evil.example\")", "+cmd|' /C calc'!A0", "@SUM(A1)", "-2+3", "\tx", "plain" })
            {
                csv.WriteField(cell);
            }
        }

        Assert.Equal("\"'=HYPERLINK(\"\"http://evil.example\"\")\",\"'+cmd|' /C calc'!A0\",\"'@SUM(A1)\",\"'-2+3\",\"'\tx\",plain", text.ToString());
    }

    [Theory]
    [InlineData("[]", "a polygon has no rings")]
    [InlineData("[[]]", "ring 1 has 0 positions; a ring needs at least 4")]
    [InlineData("[[[13.0,59.0],[13.1,59.0],[13.1,59.1],[13.0,59.2]]]", "ring 1 is not closed")]
    [InlineData("[[[13.0,59.0],[13.1,59.0],[1e309,59.1],[13.0,59.0]]]", "is not WGS84 longitude and latitude")]
    public void GeoJson_EmptyOpenOrInfiniteRing_IsAnImportError(string rings, string expected)
    {
        var json = """{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"1780"},"geometry":{"type":"Polygon","coordinates":RINGS}}]}"""
            .Replace("RINGS", rings, StringComparison.Ordinal);

        var error = Assert.Throws<ImportFormatException>(() => Riktning.Regions.GeoJsonBoundaryReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "outlines.geojson", "id"));

        Assert.StartsWith("outlines.geojson: feature 0", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    /// <summary>A CSV that never ends: reading it whole would never return.</summary>
    private sealed class EndlessCsv : TextReader
    {
        private const string Header = "region,period,value\n";
        private const string Line = "SE-17,2024,1.5\n";
        private long _position;

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            var written = 0;
            while (written < buffer.Length)
            {
                var text = _position < Header.Length ? Header : Line;
                var offset = (int)(_position < Header.Length ? _position : (_position - Header.Length) % Line.Length);
                var take = Math.Min(text.Length - offset, buffer.Length - written);
                text.AsSpan(offset, take).CopyTo(buffer[written..]);
                written += take;
                _position += take;
            }

            return written;
        }

        public override int Peek() => -1;
    }
}
