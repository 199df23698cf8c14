using Riktning.Importing;
using Riktning.Importing.Kolada;
using Riktning.Testing;

namespace Riktning.Core.Tests.Importing.Kolada;

public sealed class KoladaCsvReaderTests
{
    private static List<KoladaValue> ReadDump()
    {
        const string file = "kolada_N01951_invanare_geo_gender_year_2024-08-30.csv";
        using var reader = new StreamReader(RepositoryPaths.SharedData("kolada", file));
        return KoladaCsvReader.Read(reader, file).ToList();
    }

    [Fact]
    public void Read_N01951Dump_GivesKarlstadAndVarmlandByGender()
    {
        var values = ReadDump();

        var karlstadWomen2022 = values.Single(v => v.Municipality == "1780" && v.Period == 2022 && v.Gender == "K");
        var karlstadMen2021 = values.Single(v => v.Municipality == "1780" && v.Period == 2021 && v.Gender == "M");
        var varmlandMen2022 = values.Single(v => v.Municipality == "0017" && v.Period == 2022 && v.Gender == "M");

        Assert.Equal(624 * 29, values.Count);
        Assert.Equal(new KoladaValue("N01951", "1780", 2022, "K", 48484, ValueStatus.Present), karlstadWomen2022);
        Assert.Equal(47349, karlstadMen2021.Value);
        Assert.Equal(143161, varmlandMen2022.Value);
        Assert.Equal(4460127, values[0].Value);
    }

    [Fact]
    public void Read_EmptyValue_IsMissing()
    {
        using var reader = new StringReader("geo,year,gender,n00002\r\n1780,2023,T,\r\n");

        var value = Assert.Single(KoladaCsvReader.Read(reader, "sample.csv"));

        Assert.Equal(new KoladaValue("N00002", "1780", 2023, "T", null, ValueStatus.Missing), value);
    }

    [Fact]
    public void Read_TextAsValue_NamesTheLine()
    {
        using var reader = new StringReader("geo,year,gender,n00002\n1780,2023,T,many\n");

        var error = Assert.Throws<ImportFormatException>(() => KoladaCsvReader.Read(reader, "sample.csv").ToList());

        Assert.Equal("sample.csv line 2: 'many' is not a number.", error.Message);
    }
}
