using Riktning.Analysis;
using Riktning.Regions;
using Riktning.Strategy;
using Riktning.Text;

namespace Riktning.Core.Tests.Analysis;

/// <summary>
/// The border-region table on hand-computed figures: SSB's single years summed into the Swedish age band and moved one
/// year back, Norwegian values placed as published or on today's units (Hedmark + Oppland summed into Innlandet, Viken
/// kept on its own unit for want of a published weight), and a pair marked not comparable refused with its reason.
/// </summary>
public sealed class BorderComparisonTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);

    private static readonly MeasurePair Population = new(
        "befolkning", "folk-se", "folk-no", Comparability.WithDifferences, new LocalizedText("SSB räknar den 1 januari."),
        new HarmonisationRule(HarmonisationKind.RebandAges, "age", ["020", "021"], "20-21", -1));

    private static readonly MeasurePair Totals = new("totals", "tot-se", "tot-no", Comparability.WithDifferences, new LocalizedText("Olika referensdag."), null);

    private static readonly IReadOnlyList<string> Rows = ["SE-17", "SE", "NO-34", "NO-31", "NO-30", "NO"];

    [Fact]
    public void From_AsToday_SumsTheAgesShiftsThePeriodAndKeepsVikenOnItsOwnUnit()
    {
        var table = BorderComparison.From(Population, MeasureKind.Count, "SE-17", Rows, Swedish(), Ages(), Geography(), Today);

        // SE-17's latest period is 2023; SSB's 2024 (1 January) is SCB's 2023 (31 December).
        Assert.Equal("2023", table.Period);
        Assert.Equal(GeographyChoice.AsToday, table.Geography);
        Assert.Equal(
            [
                new BorderRow("SE-17", "2023", "2023", 200),
                new BorderRow("SE", "2023", "2023", 5000),
                new BorderRow("NO-34", "2023", "2024", 100 + 50),
                new BorderRow("NO-31", "2023", "2024", 10 + 5),
                new BorderRow("NO-30", null, null, null),
                new BorderRow("NO", "2023", "2024", 1000 + 900),
            ],
            table.Rows);

        // Viken's 2023 figures (both ages) stay on Viken: the split into Østfold, Akershus and Buskerud has no weight.
        var kept = Assert.Single(table.Kept.Select(k => (k.RegionKey, k.Period, k.Reason)).Distinct());
        Assert.Equal(("NO-30", "2023"), (kept.RegionKey, kept.Period));
        Assert.Contains("no published weight", kept.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void From_AsThen_ShowsVikenWithItsOwnLatestYear()
    {
        var table = BorderComparison.From(Population, MeasureKind.Count, "SE-17", Rows, Swedish(), Ages(), null, Today);

        Assert.Equal(GeographyChoice.AsThen, table.Geography);
        // Viken's 2023 (1 January) is 30 + 20 = 50, on SCB's terms 2022.
        Assert.Equal(new BorderRow("NO-30", "2022", "2023", 30 + 20), table.Rows.Single(r => r.RegionKey == "NO-30"));
        Assert.Empty(table.Kept);
    }

    [Fact]
    public void From_AsToday_SumsAMergerOfCountsIntoTodaysUnit()
    {
        PlacedValue[] swedish = [new("SE-17", "2019", 7)];
        (string, PlacedValue)[] norwegian = [("", new("NO-04", "2019", 100)), ("", new("NO-05", "2019", 80))];

        var today = BorderComparison.From(Totals, MeasureKind.Count, "SE-17", ["SE-17", "NO-34"], swedish, norwegian, Geography(), Today);
        var then = BorderComparison.From(Totals, MeasureKind.Count, "SE-17", ["SE-17", "NO-34"], swedish, norwegian, null, Today);
        var share = BorderComparison.From(Totals, MeasureKind.Share, "SE-17", ["SE-17", "NO-34"], swedish, norwegian, Geography(), Today);

        // Hedmark 100 + Oppland 80 = Innlandet 180 on today's units; as published Innlandet did not exist in 2019.
        Assert.Equal(new BorderRow("NO-34", "2019", "2019", 180), today.Rows[1]);
        Assert.Empty(today.Kept);
        Assert.Equal(new BorderRow("NO-34", null, null, null), then.Rows[1]);
        // A share is never summed through a merger: both stay on their old units, with the reason.
        Assert.Equal(new BorderRow("NO-34", null, null, null), share.Rows[1]);
        Assert.Equal(["NO-04", "NO-05"], share.Kept.Select(k => k.RegionKey));
        Assert.All(share.Kept, k => Assert.Contains("only counts and amounts are summed", k.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void From_NotComparablePair_IsRefusedWithItsReason()
    {
        var pair = new MeasurePair("inkomst", "inkomst-se", "inkomst-no", Comparability.NotComparable, new LocalizedText("Andel mot kronor."), null);

        var error = Assert.Throws<ConflictException>(() => BorderComparison.From(pair, MeasureKind.Amount, "SE-17", Rows, Swedish(), [], null, Today));

        Assert.Contains("'inkomst'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Andel mot kronor.", error.Message, StringComparison.Ordinal);
    }

    private static PlacedValue[] Swedish() =>
        [new("SE-17", "2022", 190), new("SE-17", "2023", 200), new("SE", "2023", 5000)];

    private static (string Category, PlacedValue Value)[] Ages() =>
    [
        ("020", new("NO-34", "2024", 100)), ("021", new("NO-34", "2024", 50)),
        ("020", new("NO-31", "2024", 10)), ("021", new("NO-31", "2024", 5)),
        ("020", new("NO-30", "2023", 30)), ("021", new("NO-30", "2023", 20)),
        ("020", new("NO", "2024", 1000)), ("021", new("NO", "2024", 900)),
    ];

    private static RegionGeography Geography()
    {
        Region County(string code, string name, DateOnly? from, DateOnly? to) =>
            new() { Country = "NO", Code = code, Level = RegionLevel.County, Name = name, ValidFrom = from, ValidTo = to };
        RegionChange Change(string from, string to, RegionChangeKind kind, DateOnly on) =>
            new() { Country = "NO", Level = RegionLevel.County, FromCode = from, ToCode = to, Kind = kind, EffectiveFrom = on, Source = "test" };
        var reform2020 = new DateOnly(2020, 1, 1);
        var reform2024 = new DateOnly(2024, 1, 1);
        var end2019 = new DateOnly(2019, 12, 31);
        var end2023 = new DateOnly(2023, 12, 31);
        Region[] regions =
        [
            new() { Country = "NO", Code = RegionKey.CountryCode, Level = RegionLevel.Country, Name = "Norge" },
            County("04", "Hedmark", null, end2019), County("05", "Oppland", null, end2019), County("34", "Innlandet", reform2020, null),
            County("30", "Viken", reform2020, end2023),
            County("31", "Østfold", reform2024, null), County("32", "Akershus", reform2024, null), County("33", "Buskerud", reform2024, null),
        ];
        RegionChange[] changes =
        [
            Change("04", "34", RegionChangeKind.Merged, reform2020), Change("05", "34", RegionChangeKind.Merged, reform2020),
            Change("30", "31", RegionChangeKind.Split, reform2024), Change("30", "32", RegionChangeKind.Split, reform2024), Change("30", "33", RegionChangeKind.Split, reform2024),
        ];
        return new RegionGeography(regions, changes);
    }
}
