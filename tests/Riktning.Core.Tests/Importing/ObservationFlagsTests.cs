using System.Text;
using Riktning.Importing;
using Riktning.Importing.JsonStat;
using Riktning.Importing.PcAxis;
using Riktning.Importing.Tabular;
using Riktning.Statistics;
using Riktning.Testing;

namespace Riktning.Core.Tests.Importing;

/// <summary>Data symbols and status texts of the real files and of json-stat2 onto <see cref="ValueStatus"/> and <see cref="ObservationFlags"/>.</summary>
public sealed class ObservationFlagsTests
{
    [Fact]
    public void PxNilDotSymbols_DeclaredWordsForWithheldCells_AreConfidentialWithTheLetterC()
    {
        // DATASYMBOL1..6 = "n.a.", "unknown", "hidden", "secret", "classified", "not used"; the 4th row of DATA reads
        // "." ".." "..." "....", and the 6th row "924 "......" 672 906".
        var dataset = Px("pxweb_BE0101F1_nildotsymbols_ansi.px");
        var cells = dataset.Cells.ToList();

        Assert.Equal(
            [ValueStatus.NotApplicable, ValueStatus.Missing, ValueStatus.Confidential, ValueStatus.Confidential],
            cells.Skip(12).Take(4).Select(c => c.Status));
        Assert.Equal(ValueStatus.Missing, cells[21].Status);
        Assert.Equal(924, cells[20].Value);
        Assert.Equal(["", "", "c", "c"], cells.Skip(12).Take(4).Select(c => FlagLetters.Of(c.Status, c.Flags)));
        Assert.All(cells, c => Assert.Equal(ObservationFlags.None, c.Flags));
    }

    [Fact]
    public void PxDataSymbols_DeclaredTextsWithoutMeaning_LeaveTheDotsToSpeakAndSetNoFlag()
    {
        // DATASYMBOL1..6 = "one".."six": no flag word, so "." is not applicable and two or more dots are missing.
        var dataset = Px("pxweb_BE0101F1_datasymbols_ansi.px");
        var symbols = dataset.Cells.Where(c => c.Value is null).ToList();

        Assert.Equal(
            [ValueStatus.NotApplicable, ValueStatus.Missing, ValueStatus.Missing, ValueStatus.Missing, ValueStatus.Missing, ValueStatus.Missing],
            symbols.Select(c => c.Status));
        Assert.All(dataset.Cells, c => Assert.Equal("", FlagLetters.Of(c.Status, c.Flags)));
    }

    [Fact]
    public void SsbJsonStat2_StatusDots_AreMissingWithoutFlags()
    {
        using var stream = File.OpenRead(RepositoryPaths.SharedData("ssb", "ssb_v0_07221_boligprisindeks_jsonstat2.json"));
        var dataset = JsonStat2Parser.Parse(stream, "ssb_v0_07221_boligprisindeks_jsonstat2.json");

        var missing = dataset.Cells.Where(c => c.Status != ValueStatus.Present).ToList();
        Assert.Equal(24, missing.Count);
        Assert.Equal(176, missing[0].Ordinal);
        Assert.All(missing, c => Assert.Equal(new DatasetCell(c.Ordinal, null, ValueStatus.Missing), c));
        Assert.All(dataset.Cells, c => Assert.Equal(ObservationFlags.None, c.Flags));
    }

    [Fact]
    public void JsonStat2_EurostatStatus_SetsFlagsBesideNumbersAndExplainsNulls()
    {
        const string json = """
            {"class":"dataset","label":"t","id":["a"],"size":[7],
             "value":[1,2,3,4,null,null,null],
             "status":{"0":"p","1":"e","2":"bu","3":"d","4":"c","5":"..b","6":":"},
             "dimension":{"a":{"category":{"index":["q","r","s","t","v","w","x"]}}}}
            """;

        var dataset = JsonStat2Parser.Parse(Encoding.UTF8.GetBytes(json), "eurostat.json");

        Assert.Equal(
            [
                new DatasetCell(0, 1, ValueStatus.Present, ObservationFlags.Provisional),
                new DatasetCell(1, 2, ValueStatus.Present, ObservationFlags.Estimated),
                new DatasetCell(2, 3, ValueStatus.Present, ObservationFlags.Break | ObservationFlags.LowReliability),
                new DatasetCell(3, 4, ValueStatus.Present, ObservationFlags.DefinitionDiffers),
                new DatasetCell(4, null, ValueStatus.Confidential),
                new DatasetCell(5, null, ValueStatus.Missing, ObservationFlags.Break),
                new DatasetCell(6, null, ValueStatus.Confidential),
            ],
            dataset.Cells);
    }

    [Theory]
    [InlineData(ValueStatus.Present, ObservationFlags.None, "")]
    [InlineData(ValueStatus.Present, ObservationFlags.Provisional | ObservationFlags.Break, "bp")]
    [InlineData(ValueStatus.Present, ObservationFlags.Break | ObservationFlags.DefinitionDiffers | ObservationFlags.Estimated | ObservationFlags.Provisional | ObservationFlags.LowReliability, "bdepu")]
    [InlineData(ValueStatus.Confidential, ObservationFlags.None, "c")]
    [InlineData(ValueStatus.Confidential, ObservationFlags.Estimated, "ec")]
    [InlineData(ValueStatus.Missing, ObservationFlags.None, "")]
    public void FlagLetters_OfAndParse_RoundTrip(ValueStatus status, ObservationFlags flags, string letters)
    {
        Assert.Equal(letters, FlagLetters.Of(status, flags));
        var read = FlagLetters.Parse(letters, out var confidential);
        Assert.Equal(letters.Length == 0 ? null : flags, read);
        Assert.Equal(status == ValueStatus.Confidential, confidential);
    }

    [Theory]
    [InlineData("..", ValueStatus.Missing, ObservationFlags.None)]
    [InlineData(":", ValueStatus.Confidential, ObservationFlags.None)]
    [InlineData("secret", ValueStatus.Confidential, ObservationFlags.None)]
    [InlineData("*", null, ObservationFlags.Provisional)]
    [InlineData("Foreløpig", null, ObservationFlags.Provisional)]
    [InlineData("uppskattad", null, ObservationFlags.Estimated)]
    [InlineData("-e", ValueStatus.Nil, ObservationFlags.Estimated)]
    public void StatusSymbols_Read_SymbolsWordsAndLetters(string text, ValueStatus? status, ObservationFlags flags)
    {
        Assert.Equal((status, flags), StatusSymbols.Read(text));
    }

    [Theory]
    [InlineData("one")]
    [InlineData("n.a.")]
    [InlineData("..x")]
    public void StatusSymbols_Read_OtherText_IsNull(string text) => Assert.Null(StatusSymbols.Read(text));

    [Fact]
    public void TabularRows_FlagsColumn_ReadsLettersAndTheOldProvisionalStatus()
    {
        const string csv = """
            region,period,value,status,flags
            SE-1780,2023,10,,be
            SE-1780,2024,11,provisional,
            SE-1715,2024,,,c
            """;

        var rows = TabularRows.FromCsv(new StringReader(csv), "flags.csv");

        Assert.Equal(
            [
                new ObservationRow("SE-1780", "2023", "", 10, ValueStatus.Present, ObservationFlags.Break | ObservationFlags.Estimated),
                new ObservationRow("SE-1780", "2024", "", 11, ValueStatus.Present, ObservationFlags.Provisional),
                new ObservationRow("SE-1715", "2024", "", null, ValueStatus.Confidential),
            ],
            rows);
        var error = Assert.Throws<ImportFormatException>(() => TabularRows.FromCsv(new StringReader("region,period,value,flags\nSE-1780,2023,1,x\n"), "bad.csv"));
        Assert.StartsWith("bad.csv: line 2, column 'flags': 'x' is not Eurostat flag letters", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void KoladaStatus_SymbolsAndLettersBecomeStatusesAndFlagsThroughToTheRows()
    {
        // Kolada v2's documented /data shape (Hypergene/kolada README): status is a string, empty for an ordinary figure.
        const string page = """
            {"count": 1, "values": [{"kpi": "N01951", "municipality": "1780", "period": 2024, "values": [
              {"gender": "T", "count": 1, "status": "", "value": 96466.0},
              {"gender": "K", "count": 1, "status": "p", "value": 48500.0},
              {"gender": "M", "count": 1, "status": ":", "value": null}]},
             {"kpi": "N01951", "municipality": "1782", "period": 2024, "values": [
              {"gender": "T", "count": 1, "status": "..b", "value": null},
              {"gender": "K", "count": 1, "status": "Okänd text", "value": 5000.0}]}]}
            """;

        var values = Riktning.Importing.Kolada.KoladaValuesParser.Parse(page, "kolada-page.json").Values;
        var rows = KoladaRows.From(values, "kolada-page.json").ToList();

        Assert.Equal(
            [
                new ObservationRow("SE-1780", "2024", "", 96466, ValueStatus.Present),
                new ObservationRow("SE-1780", "2024", "sex=women", 48500, ValueStatus.Present, ObservationFlags.Provisional),
                new ObservationRow("SE-1780", "2024", "sex=men", null, ValueStatus.Confidential),
                new ObservationRow("SE-1782", "2024", "", null, ValueStatus.Missing, ObservationFlags.Break),
                new ObservationRow("SE-1782", "2024", "sex=women", 5000, ValueStatus.Present),
            ],
            rows);
    }

    private static StatisticsDataset Px(string file)
    {
        using var stream = File.OpenRead(RepositoryPaths.SharedData("px", file));
        return PxFileParser.Parse(stream, file);
    }
}
