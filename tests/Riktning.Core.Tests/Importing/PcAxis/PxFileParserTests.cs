using System.Text;
using Riktning.Importing;
using Riktning.Importing.PcAxis;
using Riktning.Testing;

namespace Riktning.Core.Tests.Importing.PcAxis;

public sealed class PxFileParserTests
{
    private static StatisticsDataset ParseShared(string file, string? language = null)
    {
        using var stream = File.OpenRead(RepositoryPaths.SharedData("px", file));
        return PxFileParser.Parse(stream, file, language);
    }

    private static StatisticsDataset ParseText(string px)
    {
        using var stream = new MemoryStream(Encoding.Latin1.GetBytes(px));
        return PxFileParser.Parse(stream, "sample.px");
    }

    [Fact]
    public void Parse_ScbSwedishIso88591_DecodesLettersAndKeepsNegativeValues()
    {
        var dataset = ParseShared("scb_BE0101N1_sv_iso8859-1.px");

        var first = dataset.Cell("0114", "OG", "45-54", "1", "BE0101N2", "2021");
        var last = dataset.Cell("0115", "G", "55-64", "2", "BE0101N1", "2021");

        Assert.Equal("TAB638", dataset.TableId);
        Assert.Equal("Folkmängden efter region, civilstånd, ålder, kön, tabellinnehåll och år", dataset.Title);
        Assert.Equal(["Region", "Civilstand", "Alder", "Kon", "ContentsCode", "Tid"], dataset.Dimensions.Select(d => d.Code));
        Assert.Equal("civilstånd", dataset.Dimensions[1].Label);
        Assert.Equal("Folkökning", dataset.Dimensions[4].Categories[1].Label);
        Assert.Equal(DimensionRole.Metric, dataset.Dimensions[4].Role);
        Assert.Equal(DimensionRole.Time, dataset.Dimensions[5].Role);
        Assert.Equal(64, dataset.Values.Count);
        Assert.Equal(-28, first.Value);
        Assert.Equal(1049, last.Value);
        Assert.Equal(new DateTime(2022, 2, 22, 8, 0, 0, DateTimeKind.Utc), dataset.Updated);
    }

    [Theory]
    [InlineData("nordic_NAAC01_iso8859-15.px")]
    [InlineData("pxweb_BE0101A1_precision_windows-1252.px")]
    [InlineData("pxweb_BE0101F1_datasymbols_ansi.px")]
    [InlineData("pxweb_BE0101F1_footnotes_ansi.px")]
    [InlineData("pxweb_BE0101F1_multilanguage_en_sv_fi_ansi.px")]
    [InlineData("pxweb_BE0101F1_nildotsymbols_ansi.px")]
    [InlineData("pxweb_BE0101N1_population_county_en_ansi.px")]
    [InlineData("pxwebapi_TAB001_population_region_sex_age_iso8859-1.px")]
    [InlineData("pxwebapi_TAB003_disposal_facilities_iso8859-1.px")]
    [InlineData("pxwebapi_TAB004_air_emissions_valuenote_iso8859-1.px")]
    [InlineData("pxwebapi_tab4_fewcells_utf8_declared_iso8859-1.px")]
    [InlineData("scb_BE0101N1_sv_iso8859-1.px")]
    [InlineData("ssb_05333_monthly_no_iso8859-1.px")]
    [InlineData("ssb_12909_sykefravaer_no_iso8859-1.px")]
    [InlineData("ssb_14216_tettsteder_no_iso8859-1.px")]
    [InlineData("statfi_117s_utf8_declared_iso8859-15_fi_sv_en.px")]
    public void Parse_EveryRealFile_FillsEveryCellAndDecodesLabels(string file)
    {
        var dataset = ParseShared(file);

        var expected = dataset.Dimensions.Aggregate(1, (count, d) => count * d.Categories.Count);
        Assert.Equal(expected, dataset.Values.Count);
        Assert.All(dataset.Cells, c => Assert.Equal(c.Value is null, c.Status is not ValueStatus.Present));
        Assert.DoesNotContain(dataset.Dimensions, d => d.Label.Contains('\u00C3', StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_NoCodepage_ReadsAnsiAndCountyCodes()
    {
        var dataset = ParseShared("pxweb_BE0101N1_population_county_en_ansi.px");

        var region = dataset.Dimensions[0];
        var varmlandWomen2008 = dataset.Cell("17", "2008", "2");

        Assert.Equal("17 Värmland county", region.Categories[region.IndexOf("17")].Label);
        Assert.Equal(DimensionRole.Geo, region.Role);
        Assert.Equal(21 * 2 * 2, dataset.Values.Count);
        Assert.Equal(137186, varmlandWomen2008.Value);
        Assert.Equal(136414, dataset.Cell("17", "2007", "1").Value);
        Assert.Null(region.TotalCode);
    }

    [Fact]
    public void Parse_NilAndDotSymbols_KeepsEachAsStatusWithoutNumber()
    {
        var dataset = ParseShared("pxweb_BE0101F1_nildotsymbols_ansi.px");

        var cells = dataset.Cells.ToList();

        Assert.Equal(48, cells.Count);
        Assert.Equal(
            [ValueStatus.Nil, ValueStatus.NotApplicable, ValueStatus.Missing, ValueStatus.Confidential],
            cells.Take(4).Select(c => c.Status));
        Assert.Equal(
            [ValueStatus.Present, ValueStatus.Nil, ValueStatus.Present, ValueStatus.Nil],
            cells.Skip(8).Take(4).Select(c => c.Status));
        Assert.Equal(0, cells[8].Value);
        Assert.Equal(ValueStatus.Missing, dataset.Cell("01", "22", "2003", "BE0101F1", "2").Status);
        Assert.Equal(924, dataset.Cell("01", "22", "2003", "BE0101F1", "1").Value);
        Assert.Equal(16, cells.Count(c => c.Value is null));
        Assert.All(cells.Where(c => c.Status != ValueStatus.Present), c => Assert.Null(c.Value));
        Assert.Equal("00", dataset.Dimensions[0].TotalCode);
    }

    [Fact]
    public void Parse_Windows1252Precision_ReadsDecimalsAndCodes()
    {
        var dataset = ParseShared("pxweb_BE0101A1_precision_windows-1252.px");

        var number = dataset.Cell("01", "Number", "OG", "1", "2004");
        var percent = dataset.Cell("01", "Per cent", "OG", "1", "2005");

        Assert.Equal(522028, number.Value);
        Assert.Equal(56.90, percent.Value);
        Assert.Equal("ÄNKL", dataset.Dimensions[2].Categories[2].Code);
        Assert.Equal("04 Södermanland county", dataset.Dimensions[0].Categories[2].Label);
    }

    [Fact]
    public void Parse_SsbYearsInReverseOrder_FollowsValuesNotTimeval()
    {
        var dataset = ParseShared("ssb_14216_tettsteder_no_iso8859-1.px");

        var years = dataset.Dimensions[2];

        Assert.Equal(["2025", "2024"], years.Categories.Select(c => c.Code));
        Assert.Equal(DimensionRole.Time, years.Role);
        Assert.Equal(275.87, dataset.Cell("0801", "Areal", "2025").Value);
        Assert.Equal(276.30, dataset.Cell("0801", "Areal", "2024").Value);
        Assert.Equal(1098061, dataset.Cell("0801", "Bosatte", "2024").Value);
        Assert.Equal("Areal av tettsted (km²)", dataset.Dimensions[1].Categories[0].Label);
    }

    [Fact]
    public void Parse_MultilanguageAskingSwedish_UsesSwedishTexts()
    {
        var dataset = ParseShared("pxweb_BE0101F1_multilanguage_en_sv_fi_ansi.px", "sv");

        Assert.Equal("Flyttningar efter region, ålder, tid, typ och kön", dataset.Title);
        Assert.Equal(["region", "ålder", "tid", "typ", "kön"], dataset.Dimensions.Select(d => d.Label));
        Assert.Equal(["region", "age", "period", "type", "sex"], dataset.Dimensions.Select(d => d.Code));
        Assert.Equal("00 Riket", dataset.Dimensions[0].Categories[0].Label);
        Assert.Equal("00", dataset.Dimensions[0].TotalCode);
        Assert.Equal(DimensionRole.Metric, dataset.Dimensions[3].Role);
        Assert.Equal("Inflyttade", dataset.Dimensions[3].Categories[0].Label);
        Assert.Equal(938, dataset.Cell("00", "20", "2003", "BE0101F1", "2").Value);
    }

    [Fact]
    public void Parse_MultilanguageDefault_UsesEnglish()
    {
        var dataset = ParseShared("pxweb_BE0101F1_multilanguage_en_sv_fi_ansi.px");

        Assert.Equal("00 Sweden", dataset.Dimensions[0].Categories[0].Label);
        Assert.Equal(938, dataset.Cell("00", "20", "2003", "BE0101F1", "2").Value);
    }

    [Fact]
    public void Parse_LanguageNotInFile_Throws()
    {
        var error = Assert.Throws<ImportFormatException>(() => ParseShared("pxweb_BE0101F1_multilanguage_en_sv_fi_ansi.px", "nb"));

        Assert.Equal("pxweb_BE0101F1_multilanguage_en_sv_fi_ansi.px: language 'nb' is not in the file; it has en, sv, fi.", error.Message);
    }

    [Fact]
    public void Parse_NordicIso885915_CountsMissingCells()
    {
        var dataset = ParseShared("nordic_NAAC01_iso8859-15.px");

        var countries = dataset.Dimensions[0];

        Assert.Equal("Åland", countries.Categories[countries.IndexOf("AX")].Label);
        Assert.Equal(10 * 8 * 3 * 28, dataset.Values.Count);
        Assert.Equal(1445, dataset.Cells.Count(c => c.Status == ValueStatus.Missing));
        Assert.Equal(141441.4, dataset.Cell("DK", "B1GQ", "CPMEUR", "1995").Value);
    }

    [Fact]
    public void Parse_PxWebApiPopulation_Has2259MissingCells()
    {
        var dataset = ParseShared("pxwebapi_TAB001_population_region_sex_age_iso8859-1.px");

        var austria1981 = dataset.Cell("AT", "F", "TOTAL", "HNMGA", "1981");
        var austria1991 = dataset.Cell("AT", "F", "TOTAL", "HNMGA", "1991");

        Assert.Equal("TAB001", dataset.TableId);
        Assert.Equal(2259, dataset.Cells.Count(c => c.Status == ValueStatus.Missing));
        Assert.Equal(ValueStatus.Missing, austria1981.Status);
        Assert.Null(austria1981.Value);
        Assert.Equal(4041797, austria1991.Value);
        Assert.Equal("TOTAL", dataset.Dimensions[2].TotalCode);
    }

    [Fact]
    public void Parse_Utf8BytesDeclaredLatin1_DecodesAsUtf8()
    {
        var dataset = ParseShared("pxwebapi_tab4_fewcells_utf8_declared_iso8859-1.px", "sv");

        Assert.Equal("Totala utsläpp av växthusgaser PxcMetaTitleBy sektor, växthusgas PxcMetaTitleAnd år", dataset.Title);
        Assert.Equal(445, dataset.Values[0].Value);
    }

    [Fact]
    public void Parse_FirstHalfOfRealFile_SaysTruncated()
    {
        var bytes = File.ReadAllBytes(RepositoryPaths.SharedData("px", "scb_BE0101N1_sv_iso8859-1.px"));
        using var half = new MemoryStream(bytes, 0, bytes.Length / 2);

        var error = Assert.Throws<ImportFormatException>(() => PxFileParser.Parse(half, "half.px"));

        Assert.Matches(@"^half\.px line \d+: the file ends (before|without) .*truncated", error.Message);
    }

    [Fact]
    public void Parse_CutInsideData_SaysHowManyValuesWereRead()
    {
        var bytes = File.ReadAllBytes(RepositoryPaths.SharedData("px", "scb_BE0101N1_sv_iso8859-1.px"));
        using var cut = new MemoryStream(bytes, 0, bytes.Length - 30);

        var error = Assert.Throws<ImportFormatException>(() => PxFileParser.Parse(cut, "cut.px"));

        Assert.Equal("cut.px line 91: the file ends inside DATA after 57 of 64 values, without the closing ';'; it is truncated.", error.Message);
    }

    [Fact]
    public void Parse_SsbSymbolsWithCrlf_MapsByDeclaredDataSymbols()
    {
        const string px = "CODEPAGE=\"iso-8859-1\";\r\nLANGUAGE=\"no\";\r\nSTUB=\"kjønn\";\r\nHEADING=\"år\";\r\n" +
            "VALUES(\"kjønn\")=\"Menn\",\r\n\"Kvinner\";\r\nVALUES(\"år\")=\"2023\",\"2024\";\r\nCODES(\"kjønn\")=\"1\",\"2\";\r\n" +
            "DATASYMBOL1=\"..\";\r\nDATASYMBOL2=\"...\";\r\nDATASYMBOL3=\":\";\r\nDATASYMBOLNIL=\"-\";\r\n" +
            "NOTE=\"Første del \"\r\n\"og andre del\";\r\nDATA=\r\n\".\" \"..\"\r\n\"...\"\t-;\r\n";

        var dataset = ParseText(px);

        Assert.Equal(
            [ValueStatus.Missing, ValueStatus.Missing, ValueStatus.Confidential, ValueStatus.Nil],
            dataset.Cells.Select(c => c.Status));
        Assert.All(dataset.Cells, c => Assert.Null(c.Value));
        Assert.Equal("kjønn", dataset.Dimensions[0].Label);
        Assert.Equal("Kvinner", dataset.Dimensions[0].Categories[1].Label);
    }

    [Fact]
    public void Parse_CellNotes_SetTheFlagsTheirTextStandsForAndKeepEveryText()
    {
        // SSB's layout: Norwegian labels, codes for the regions; one note per kind, CELLNOTEX for the mandatory one.
        const string px = "CODEPAGE=\"iso-8859-1\";\nLANGUAGE=\"no\";\nLANGUAGES=\"no\",\"en\";\nSTUB=\"region\";\nHEADING=\"år\";\n" +
            "STUB[en]=\"region\";\nHEADING[en]=\"year\";\n" +
            "VALUES(\"region\")=\"Eidskog\",\"Marker\";\nVALUES(\"år\")=\"2023\",\"2024\";\nCODES(\"region\")=\"3416\",\"3122\";\n" +
            "VALUES[en](\"region\")=\"Eidskog\",\"Marker\";\nVALUES[en](\"year\")=\"2023\",\"2024\";\n" +
            "CELLNOTE(\"*\",\"2024\")=\"Foreløpige tall\";\n" +
            "CELLNOTEX(\"Marker\",\"2023\")=\"e\";\n" +
            "CELLNOTE(\"3416\",\"2023\")=\"Grensen ble justert i 2023\";\n" +
            "CELLNOTE[en](\"*\",\"2024\")=\"Preliminary\";\n" +
            "DATA=\n1610 1650\n1400 \"..\";\n";

        var dataset = ParseText(px);
        using var stream = new MemoryStream(Encoding.Latin1.GetBytes(px));
        var english = PxFileParser.Parse(stream, "sample.px", "en");

        Assert.Equal(
            [ObservationFlags.None, ObservationFlags.Provisional, ObservationFlags.Estimated, ObservationFlags.Provisional],
            dataset.Cells.Select(c => c.Flags));
        Assert.Equal([(double?)1610, 1650, 1400, null], dataset.Cells.Select(c => c.Value));
        Assert.Equal(ValueStatus.Missing, dataset.Cells.Last().Status);
        Assert.Equal(
            [(["", "2024"], "Foreløpige tall", false, ObservationFlags.Provisional), (["3122", "2023"], "e", true, ObservationFlags.Estimated), (["3416", "2023"], "Grensen ble justert i 2023", false, ObservationFlags.None)],
            dataset.CellNotes.Select(n => (n.Codes.Select(c => c ?? "").ToArray(), n.Text, n.Mandatory, n.Flags)));
        Assert.Equal([ObservationFlags.None, ObservationFlags.Provisional, ObservationFlags.None, ObservationFlags.Provisional], english.Cells.Select(c => c.Flags));
        Assert.Equal("Preliminary", Assert.Single(english.CellNotes).Text);
    }

    [Fact]
    public void Parse_CellNoteOfAnUnknownValue_IsRefusedNamingTheLine()
    {
        const string px = "STUB=\"a\";\nHEADING=\"b\";\nVALUES(\"a\")=\"x\",\"y\";\nVALUES(\"b\")=\"u\",\"v\";\nCELLNOTE(\"z\",\"*\")=\"p\";\nDATA=\n1 2 3 4;\n";

        var error = Assert.Throws<ImportFormatException>(() => ParseText(px));

        Assert.Equal("sample.px line 5: CELLNOTE: 'z' is not a value of variable 'a'.", error.Message);
    }

    [Fact]
    public void Parse_RealCellNotes_AreKeptOnTheirCellsWithoutFlags()
    {
        var dataset = ParseShared("pxweb_BE0101F1_nildotsymbols_ansi.px");

        Assert.Equal(["Cellnote inmigrated 20 years", "Cellnote outmigrated 20 years"], dataset.CellNotes.Select(n => n.Text));
        Assert.All(dataset.CellNotes, n => Assert.Equal(ObservationFlags.None, n.Flags));
        Assert.All(dataset.Cells, c => Assert.Equal(ObservationFlags.None, c.Flags));
        Assert.Equal(5, dataset.CellNotes[0].Codes.Count);
        Assert.Equal([false, true, false, true, false], dataset.CellNotes[0].Codes.Select(c => c is not null));
    }

    [Fact]
    public void Parse_TooFewValues_ComparesWithCellCount()
    {
        const string px = "STUB=\"a\";\nHEADING=\"b\";\nVALUES(\"a\")=\"x\",\"y\";\nVALUES(\"b\")=\"u\",\"v\";\nDATA=\n1 2 3;\n";

        var error = Assert.Throws<ImportFormatException>(() => ParseText(px));

        Assert.Equal("sample.px: DATA has 3 values but the variables give 4 cells.", error.Message);
    }

    [Fact]
    public void Parse_TextInData_NamesLineAndToken()
    {
        const string px = "STUB=\"a\";\nVALUES(\"a\")=\"x\",\"y\";\nDATA=\n1\nabc;\n";

        var error = Assert.Throws<ImportFormatException>(() => ParseText(px));

        Assert.Equal("sample.px line 5: 'abc' is not a number or a missing-value symbol.", error.Message);
    }

    [Fact]
    public void Parse_TimeListWithRange_KeepsValuesAsCategories()
    {
        const string px = "STUB=\"år\";\nVALUES(\"år\")=\"2000\",\"2001\";\nTIMEVAL(\"år\")=TLIST(A1,\"2000\"-\"2001\");\nLAST-UPDATED=\"20240301 09:30\";\nDATA=\n1.5 -2e3;";

        var dataset = ParseText(px);

        Assert.Equal(DimensionRole.Time, dataset.Dimensions[0].Role);
        Assert.Equal([1.5, -2000], dataset.Cells.Select(c => c.Value!.Value));
        Assert.Equal(new DateTime(2024, 3, 1, 9, 30, 0, DateTimeKind.Utc), dataset.Updated);
    }
}
