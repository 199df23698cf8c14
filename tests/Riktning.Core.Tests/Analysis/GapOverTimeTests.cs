using Riktning.Analysis;
using Riktning.Importing;
using Riktning.Statistics;

namespace Riktning.Core.Tests.Analysis;

public sealed class GapOverTimeTests
{
    private static readonly string[] Municipalities = ["SE-1715", "SE-1737", "SE-1780"];

    /// <summary>
    /// Hand-computed: sex 2020 −10, 2021 −8, 2022 −5, 2023 none (men missing); birth country 2021 80 − 60 = 20, 2023
    /// 81 − 58 = 23; age 2021 80 − 10 = 70, 2023 80.5 − 10.5 = 70; municipalities 2021 81 − 75 = 6, 2023 82 − 79 = 3.
    /// </summary>
    private static readonly RegionPoint[] Points =
    [
        new("SE-17", "sex=women", "2020", 70), new("SE-17", "sex=men", "2020", 80),
        new("SE-17", "sex=women", "2021", 72), new("SE-17", "sex=men", "2021", 80),
        new("SE-17", "sex=women", "2022", 74), new("SE-17", "sex=men", "2022", 79),
        new("SE-17", "sex=women", "2023", 75), new("SE-17", "sex=men", "2023", null, ValueStatus.Missing),
        new("SE-17", "birth-country=sweden", "2021", 80), new("SE-17", "birth-country=abroad", "2021", 60),
        new("SE-17", "birth-country=sweden", "2023", 81), new("SE-17", "birth-country=abroad", "2023", 58),
        new("SE-17", "age=16-19", "2021", 30), new("SE-17", "age=20-64", "2021", 80), new("SE-17", "age=65+", "2021", 10),
        new("SE-17", "age=16-19", "2023", 30), new("SE-17", "age=20-64", "2023", 80.5), new("SE-17", "age=65+", "2023", 10.5),
        new("SE-17", "age=20-64;sex=women", "2023", 1),
        new("SE-1780", "", "2021", 81), new("SE-1737", "", "2021", 75), new("SE-1715", "", "2021", 78),
        new("SE-1780", "", "2023", 82), new("SE-1737", "", "2023", 79), new("SE-1715", "", "2023", 80),
        new("SE-0180", "", "2023", 100), new("SE-1780", "sex=women", "2023", 500), new("SE", "sex=women", "2023", 1),
    ];

    [Fact]
    public void From_EveryBreakdown_GivesOneSeriesEachSexFirstMunicipalityLast()
    {
        var gaps = GapOverTime.From(Points, "SE-17", Municipalities, 2021);

        Assert.Equal(["sex", "age", "birth-country", GapSeries.Municipality], gaps.Select(g => g.Dimension));
    }

    [Fact]
    public void From_Sex_WomenMinusMenPerPeriodClosingSinceBaseline()
    {
        var sex = GapOverTime.From(Points, "SE-17", Municipalities, 2021).Single(g => g.Dimension == "sex");

        Assert.Equal([("2020", -10.0), ("2021", -8.0), ("2022", -5.0), ("2023", (double?)null)], sex.Points.Select(p => (p.Period, p.Gap)));
        Assert.Equal(1, sex.Points[3].Count);
        Assert.True(sex.IsSigned);
        Assert.Equal(("2021", -8.0, "2022", -5.0), (sex.BaselinePeriod, sex.BaselineGap, sex.LatestPeriod, sex.LatestGap));
        // |−5| − |−8| = −3, beyond 1 % of 8 (0.08).
        Assert.Equal(-3.0, sex.ChangeInSize);
        Assert.Equal(0.08, sex.Tolerance!.Value, 12);
        Assert.Equal(GapTrend.Closing, sex.Trend);
    }

    [Fact]
    public void From_BirthCountry_SpreadWidening()
    {
        var birth = GapOverTime.From(Points, "SE-17", Municipalities, 2021).Single(g => g.Dimension == "birth-country");

        Assert.Equal([new GapPoint("2021", 20, "sweden", "abroad", 2), new GapPoint("2023", 23, "sweden", "abroad", 2)], birth.Points);
        Assert.False(birth.IsSigned);
        Assert.Equal(3.0, birth.ChangeInSize);
        Assert.Equal(GapTrend.Widening, birth.Trend);
    }

    [Fact]
    public void From_Age_SameSpreadIsUnchanged()
    {
        var age = GapOverTime.From(Points, "SE-17", Municipalities, 2021).Single(g => g.Dimension == "age");

        Assert.Equal([new GapPoint("2021", 70, "20-64", "65+", 3), new GapPoint("2023", 70, "20-64", "65+", 3)], age.Points);
        Assert.Equal(GapTrend.Unchanged, age.Trend);
    }

    [Fact]
    public void From_Municipalities_SpreadOfTheRegionsMunicipalitiesOnly()
    {
        var local = GapOverTime.From(Points, "SE-17", Municipalities, 2021).Single(g => g.Dimension == GapSeries.Municipality);

        Assert.Equal([new GapPoint("2021", 6, "SE-1780", "SE-1737", 3), new GapPoint("2023", 3, "SE-1780", "SE-1737", 3)], local.Points);
        Assert.Equal(GapTrend.Closing, local.Trend);
    }

    [Fact]
    public void From_AbsoluteTolerance_SmallChangeIsUnchanged()
    {
        RegionPoint[] points =
        [
            new("SE-17", "sex=women", "2021", 72), new("SE-17", "sex=men", "2021", 80),
            new("SE-17", "sex=women", "2024", 72.4), new("SE-17", "sex=men", "2024", 80),
        ];

        var sex = GapOverTime.From(points, "SE-17", [], 2021, new MeasureAnalysisOptions { AbsoluteTolerance = 0.5 }).Single();

        // |−7.6| − |−8| = −0.4, within 0.5.
        Assert.Equal(GapTrend.Unchanged, sex.Trend);
    }

    [Fact]
    public void From_OnlyTheBaselinePeriod_NotEnoughData()
    {
        RegionPoint[] points = [new("SE-17", "sex=women", "2021", 72), new("SE-17", "sex=men", "2021", 80), new("SE-17", "sex=women", "2022", 73)];

        var sex = GapOverTime.From(points, "SE-17", [], 2021).Single();

        Assert.Equal(("2021", "2021"), (sex.BaselinePeriod, sex.LatestPeriod));
        Assert.Equal(GapTrend.NotEnoughData, sex.Trend);
    }

    [Fact]
    public void From_NoPeriodFromTheBaselineYear_FirstPeriodStandsIn()
    {
        RegionPoint[] points =
        [
            new("SE-17", "education=post-secondary", "2018", 90), new("SE-17", "education=upper-secondary", "2018", 70),
            new("SE-17", "education=post-secondary", "2019", 90), new("SE-17", "education=upper-secondary", "2019", 80),
        ];

        var education = GapOverTime.From(points, "SE-17", [], 2021).Single();

        Assert.Equal(("2018", 20.0, "2019", 10.0), (education.BaselinePeriod, education.BaselineGap, education.LatestPeriod, education.LatestGap));
        Assert.Equal(GapTrend.Closing, education.Trend);
    }

    [Fact]
    public void From_CategoriesTie_NamesTheFirstInTheSourcesOrderThenByLabel()
    {
        // sweden and nordic tie for the highest value, abroad and other-europe for the lowest. The source lists sweden,
        // nordic, other-europe, abroad; its codes' text would name nordic and abroad.
        RegionPoint[] points =
        [
            new("SE-17", "birth-country=sweden", "2021", 80), new("SE-17", "birth-country=nordic", "2021", 80),
            new("SE-17", "birth-country=other-europe", "2021", 60), new("SE-17", "birth-country=abroad", "2021", 60),
            new("SE-17", "education=b", "2021", 9), new("SE-17", "education=a", "2021", 9), new("SE-17", "education=c", "2021", 1),
        ];
        BreakdownCategory Category(string breakdown, string code, int position, string label) =>
            new() { MeasureId = "m", Breakdown = breakdown, Code = code, Language = "sv", Label = label, Position = position };
        var categories = new SourceCategories(
        [
            Category("birth-country", "sweden", 0, "Sverige"), Category("birth-country", "nordic", 1, "Norden utom Sverige"),
            Category("birth-country", "other-europe", 2, "Europa utom Norden"), Category("birth-country", "abroad", 3, "Övriga världen"),
            // Two imports each stored its categories from position 0: the labels break the tie ("Gymnasial" before "Högskola").
            Category("education", "a", 0, "Högskola"), Category("education", "b", 0, "Gymnasial"), Category("education", "c", 1, "Förgymnasial"),
        ]);

        var gaps = GapOverTime.From(points, "SE-17", [], 2021, categories: categories);
        var byCode = GapOverTime.From(points, "SE-17", [], 2021);

        var birth = gaps.Single(g => g.Dimension == "birth-country").Points.Single();
        Assert.Equal((20.0, "sweden", "other-europe"), (birth.Gap!.Value, birth.High, birth.Low));
        var education = gaps.Single(g => g.Dimension == "education").Points.Single();
        Assert.Equal((8.0, "b", "c"), (education.Gap!.Value, education.High, education.Low));
        // Without the source's categories, by the codes.
        var plain = byCode.Single(g => g.Dimension == "birth-country").Points.Single();
        Assert.Equal(("nordic", "abroad"), (plain.High, plain.Low));
    }

    [Fact]
    public void From_NoBreakdownsNoMunicipalities_Empty()
    {
        Assert.Empty(GapOverTime.From([new RegionPoint("SE-17", "", "2021", 1)], "SE-17", Municipalities, 2021));
    }
}
