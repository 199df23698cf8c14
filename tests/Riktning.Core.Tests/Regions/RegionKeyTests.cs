using Riktning.Regions;

namespace Riktning.Core.Tests.Regions;

/// <summary>The one parser of region keys that definitions, uploads, organisation lists, forms and the API share.</summary>
public sealed class RegionKeyTests
{
    [Theory]
    [InlineData("SE", "SE", "00")]
    [InlineData("NO", "NO", "00")]
    [InlineData("SE-17", "SE", "17")]
    [InlineData("SE-1780", "SE", "1780")]
    [InlineData("NO-34", "NO", "34")]
    [InlineData("NO-3401", "NO", "3401")]
    public void TryParse_Key_GivesCountryAndCodeAndFormatsBack(string text, string country, string code)
    {
        Assert.True(RegionKey.TryParse(text, out var key));

        Assert.Equal(new RegionKey(country, code), key);
        Assert.Equal(text, key.ToString());
        Assert.Equal(code == RegionKey.CountryCode, key.IsCountry);
    }

    [Theory]
    [InlineData("")]
    [InlineData("se-17")]
    [InlineData("DK")]
    [InlineData("DK-84")]
    [InlineData("SE-")]
    [InlineData("SE-1")]
    [InlineData("SE-178")]
    [InlineData("SE-17801")]
    [InlineData("SE-00")]
    [InlineData("SE-17 ")]
    [InlineData("Värmland")]
    public void TryParse_NotAKey_IsRejectedAndParseNamesIt(string text)
    {
        Assert.False(RegionKey.TryParse(text, out _));
        Assert.False(RegionKey.IsWellFormed(text));

        var error = Assert.Throws<FormatException>(() => RegionKey.Parse(text));
        Assert.Equal($"'{text}' is not a region key such as SE-17, SE-1780 or NO-34", error.Message);
    }
}
