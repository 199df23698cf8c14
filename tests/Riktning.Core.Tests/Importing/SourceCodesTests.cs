using Riktning.Importing;

namespace Riktning.Core.Tests.Importing;

public sealed class SourceCodesTests
{
    [Theory]
    [InlineData("1", "men")]
    [InlineData("2", "women")]
    [InlineData("1+2", "total")]
    [InlineData("TotSa", "total")]
    [InlineData("0", "total")]
    [InlineData("K", "women")]
    [InlineData("M", "men")]
    [InlineData("T", "total")]
    public void Translate_SourceSexCode_GivesOurSex(string code, string expected)
    {
        var sex = SexCodes.Translate(code);

        Assert.Equal(expected, sex);
    }

    [Fact]
    public void Translate_UnknownSexCode_GivesNull()
    {
        var sex = SexCodes.Translate("3");

        Assert.Null(sex);
    }

    [Theory]
    [InlineData("17", "SE-17")]
    [InlineData("0017", "SE-17")]
    [InlineData("SE17", "SE-17")]
    [InlineData("1780", "SE-1780")]
    [InlineData("0114", "SE-0114")]
    [InlineData("00", "SE")]
    [InlineData("0000", "SE")]
    [InlineData("Riket", "SE")]
    public void ToKey_SwedishCode_GivesRegionKey(string code, string expected)
    {
        var key = SwedishRegionCodes.ToKey(code);

        Assert.Equal(expected, key);
    }

    [Theory]
    [InlineData("178")]
    [InlineData("17 Värmland")]
    [InlineData("")]
    public void ToKey_NotASwedishCode_GivesNull(string code)
    {
        var key = SwedishRegionCodes.ToKey(code);

        Assert.Null(key);
    }

    [Theory]
    [InlineData("K-3401", "NO-3401")]
    [InlineData("F-34", "NO-34")]
    [InlineData("3401", "NO-3401")]
    [InlineData("34", "NO-34")]
    [InlineData("0301", "NO-0301")]
    [InlineData("0", "NO")]
    [InlineData("TOTAL", "NO")]
    public void ToKey_NorwegianCode_GivesRegionKey(string code, string expected)
    {
        var key = NorwegianRegionCodes.ToKey(code);

        Assert.Equal(expected, key);
    }

    [Theory]
    [InlineData("K-34")]
    [InlineData("F-3401")]
    [InlineData("001")]
    public void ToKey_NotANorwegianCode_GivesNull(string code)
    {
        var key = NorwegianRegionCodes.ToKey(code);

        Assert.Null(key);
    }
}
