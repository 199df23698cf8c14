using Riktning.Importing;
using Riktning.Importing.PxWeb;
using Riktning.Testing;

namespace Riktning.Core.Tests.Importing.Clients;

public sealed class PxWebMetadataReaderTests
{
    [Fact]
    public void Read_ScbBefolkningNy_GivesVariablesWithCodesTextsAndFlags()
    {
        using var stream = File.OpenRead(RepositoryPaths.SharedData("scb", "v1", "v1_metadata_BE0101A_BefolkningNy_sv.json"));

        var metadata = PxWebMetadataReader.Read(stream, "BefolkningNy");

        Assert.Equal("Folkmängden efter region, civilstånd, ålder, kön, tabellinnehåll och år", metadata.Title);
        Assert.Equal(["Region", "Civilstand", "Alder", "Kon", "ContentsCode", "Tid"], metadata.Variables.Select(v => v.Code));
        var region = metadata.Variable("Region")!;
        Assert.Equal(312, region.Values.Count);
        Assert.Equal(312, region.ValueTexts.Count);
        Assert.Equal("00", region.Values[0]);
        Assert.Contains("17", region.Values);
        Assert.Equal("Karlstad", region.ValueTexts[region.Values.ToList().IndexOf("1780")]);
        Assert.True(region.Elimination);
        Assert.False(region.Time);
        Assert.Equal("region", region.Text);
        var time = metadata.Variable("Tid")!;
        Assert.True(time.Time);
        Assert.False(time.Elimination);
        Assert.Equal(57, time.Values.Count);
        Assert.Equal("1968", time.Values[0]);
        Assert.Equal("2024", time.Values[^1]);
        Assert.False(metadata.Variable("ContentsCode")!.Elimination);
        Assert.Equal(312L * 4 * 102 * 2 * 2 * 57, metadata.CellCount);
    }

    [Fact]
    public void Read_ValuesAndTextsOfDifferentLength_NamesTheVariable()
    {
        const string json = """{"title":"t","variables":[{"code":"Kon","text":"kön","values":["1","2"],"valueTexts":["män"]}]}""";
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));

        var error = Assert.Throws<ImportFormatException>(() => PxWebMetadataReader.Read(stream, "meta.json"));

        Assert.Equal("meta.json: $.variables[0] ('Kon') has 2 values but 1 valueTexts.", error.Message);
    }
}
