using Riktning.Importing;
using Riktning.Importing.PcAxis;
using Riktning.Statistics;
using Riktning.Testing;

namespace Riktning.Core.Tests.Statistics;

public sealed class DatasetRowsTests
{
    internal static StatisticsDataset CountyPopulation()
    {
        using var file = File.OpenRead(RepositoryPaths.SharedData("px", "pxweb_BE0101N1_population_county_en_ansi.px"));
        return PxFileParser.Parse(file, "pxweb_BE0101N1_population_county_en_ansi.px");
    }

    internal static readonly ImportMapping PopulationBySex = new()
    {
        MeasureId = "befolkning",
        Breakdowns = new Dictionary<string, string> { ["sex"] = "sex" },
    };

    [Fact]
    public void From_CountyPopulation_TranslatesRegionSexAndPeriod()
    {
        var rows = DatasetRows.From(CountyPopulation(), PopulationBySex).ToList();

        Assert.Equal(84, rows.Count);
        Assert.Contains(new ObservationRow("SE-17", "2008", "sex=women", 137186, ValueStatus.Present), rows);
        Assert.Contains(new ObservationRow("SE-17", "2007", "sex=men", 136414, ValueStatus.Present), rows);
    }

    [Fact]
    public void From_UnmappedDimension_NamesIt()
    {
        var mapping = PopulationBySex with { Breakdowns = new Dictionary<string, string>() };

        var error = Assert.Throws<ImportFormatException>(() => DatasetRows.From(CountyPopulation(), mapping));

        Assert.Equal("pxweb_BE0101N1_population_county_en_ansi.px: dimension 'sex' has 2 categories but is neither a breakdown nor filtered to one; each cell must be one observation", error.Message);
    }

    [Fact]
    public void From_FilterToOneCategory_KeepsOnlyThose()
    {
        var mapping = PopulationBySex with { Breakdowns = new Dictionary<string, string>(), Filters = new Dictionary<string, string> { ["sex"] = "2" } };

        var rows = DatasetRows.From(CountyPopulation(), mapping).ToList();

        Assert.Equal(42, rows.Count);
        Assert.All(rows, r => Assert.Equal("", r.Breakdown));
        Assert.Contains(new ObservationRow("SE-17", "2008", "", 137186, ValueStatus.Present), rows);
    }

    [Fact]
    public void From_UnknownMappedDimension_NamesTheTablesDimensions()
    {
        var mapping = PopulationBySex with { Breakdowns = new Dictionary<string, string> { ["sex"] = "kon" } };

        var error = Assert.Throws<ImportFormatException>(() => DatasetRows.From(CountyPopulation(), mapping));

        Assert.Equal("pxweb_BE0101N1_population_county_en_ansi.px: the mapping names sex dimension 'kon', but the table has only region, period, sex", error.Message);
    }

    [Fact]
    public void From_UnknownFilterCategory_IsAnError()
    {
        var mapping = PopulationBySex with { Breakdowns = new Dictionary<string, string>(), Filters = new Dictionary<string, string> { ["sex"] = "3" } };

        var error = Assert.Throws<ImportFormatException>(() => DatasetRows.From(CountyPopulation(), mapping));

        Assert.Equal("pxweb_BE0101N1_population_county_en_ansi.px: dimension 'sex' has no category '3' to filter on", error.Message);
    }

    [Fact]
    public void FromKolada_Csv_TranslatesGenderAndRegion()
    {
        using var reader = new StreamReader(RepositoryPaths.SharedData("kolada", "kolada_N01951_invanare_geo_gender_year_2024-08-30.csv"));
        var rows = KoladaRows.From(Riktning.Importing.Kolada.KoladaCsvReader.Read(reader, "n01951.csv"), "n01951.csv").ToList();

        Assert.Contains(rows, r => r is { RegionKey: "SE-1780", Period: "2022", Breakdown: "sex=women" });
        Assert.Contains(rows, r => r is { RegionKey: "SE-17", Breakdown: "sex=men" });
        Assert.DoesNotContain(rows, r => r.RegionKey.StartsWith("SE-00", StringComparison.Ordinal));
    }
}
