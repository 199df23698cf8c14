using Riktning.CrossBorder.Commuting;

namespace Riktning.Core.Tests.CrossBorder;

/// <summary>Totals of the flows from Sweden to Norway, hand-computed: a table's own total is used, parts are never counted twice.</summary>
public sealed class CommutingTotalsTests
{
    [Fact]
    public void From_TableWithCountryTotalAndParts_UsesTheTotalAndFlagsTheBreak()
    {
        CommutingFlow[] flows =
        [
            Flow("ssb-13631", "SE", "NO", 2015, 900, seriesBreak: true),
            Flow("ssb-13631", "SE-1730", "NO-3416", 2015, 300, seriesBreak: true),
            Flow("ssb-13631", "SE-1730", "NO-3101", 2015, 200, seriesBreak: true),
        ];

        var totals = CommutingTotals.From(flows);

        Assert.Equal([new CommutingTotal("ssb-13631", 2015, 900, true)], totals);
    }

    [Fact]
    public void From_MunicipalitiesAndTheirCounty_CountsTheMunicipalitiesOnceAndIgnoresOtherDirectionsAndSexes()
    {
        CommutingFlow[] flows =
        [
            Flow("nordic-comm01", "SE-17", "NO-34", 2018, 1000),
            Flow("nordic-comm01", "SE-1730", "NO", 2018, 250),
            Flow("nordic-comm01", "SE-1730", "NO-3416", 2018, 200),
            Flow("nordic-comm01", "SE-1765", "NO-3101", 2018, 70),
            Flow("nordic-comm01", "SE-1765", "NO-3118", 2018, 30),
            Flow("nordic-comm01", "NO-3101", "SE-1765", 2018, 40),
            Flow("nordic-comm01", "SE-1765", "NO-3101", 2018, 50, sex: "women"),
        ];

        var totals = CommutingTotals.From(flows);
        var byOrigin = CommutingTotals.ByOrigin(flows);

        // SE-1730: its flow to all of Norway (250), not 250 + 200; SE-1765: 70 + 30; the county row is a coarser level.
        Assert.Equal([new CommutingTotal("nordic-comm01", 2018, 350, false)], totals);
        Assert.Equal(250, byOrigin["SE-1730"]);
        Assert.Equal(100, byOrigin["SE-1765"]);
        Assert.Equal(1000, byOrigin["SE-17"]);
    }

    private static CommutingFlow Flow(string source, string origin, string destination, int year, double persons, bool seriesBreak = false, string sex = "") =>
        new() { Source = source, OriginKey = origin, DestinationKey = destination, Year = year, Persons = persons, BreakInSeries = seriesBreak, Sex = sex, File = "test" };
}
