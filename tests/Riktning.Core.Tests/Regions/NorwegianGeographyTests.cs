using System.Text.Json;
using Riktning.Data;
using Riktning.Regions;
using Riktning.Strategy;
using Riktning.Testing;

namespace Riktning.Core.Tests.Regions;

/// <summary>All of Norway across the 2018, 2020 and 2024 reforms, on SSB KLASS's real code lists in ../shared/data/codes.</summary>
public sealed class NorwegianGeographyTests
{
    private static readonly Lazy<NorwegianGeography> Klass = new(() => NorwegianCodeLists.Read(RepositoryPaths.SharedData("codes"), KlassChanges));
    private static readonly DateOnly Mid2022 = new(2022, 6, 30);
    private static readonly DateOnly Mid2024 = new(2024, 6, 30);

    public static TheoryDataRow<DatabaseProvider>[] AllProviders => Providers.All;

    /// <summary>KLASS's own change rows for the kommuner of the border region's fylker (regions/sources/README.md).</summary>
    private static string KlassChanges => Path.Combine(RepositoryPaths.Regions, "sources", NorwegianCodeLists.KlassChangesFile);

    private static RegionGeography Geography => new(Klass.Value.Regions, Klass.Value.Changes);

    [Fact]
    public void Read_RealKlassFiles_EveryFylkeAndKommuneOfTodayAsInTheKommuneList()
    {
        var today = new DateOnly(2026, 1, 1);
        var regions = Klass.Value.Regions;
        var kommuner = regions.Where(r => r.Level == RegionLevel.Municipality && r.IsValidOn(today)).Select(r => r.Code).Order(StringComparer.Ordinal).ToList();
        var listed = File.ReadLines(RepositoryPaths.SharedData("codes", "no_kommuner_2026-01-01.csv")).Skip(1).Select(l => l.Split(',')[0]).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(15, regions.Count(r => r.Level == RegionLevel.County && r.IsValidOn(today)));
        Assert.Equal(11, regions.Count(r => r.Level == RegionLevel.County && r.IsValidOn(Mid2022)));
        Assert.Equal(357, kommuner.Count);
        Assert.Equal(listed, kommuner);
        Assert.Equal(356, regions.Count(r => r.Level == RegionLevel.Municipality && r.IsValidOn(Mid2022)));
        Assert.Equal(422, regions.Count(r => r.Level == RegionLevel.Municipality && r.IsValidOn(new DateOnly(2019, 6, 30))));
        Assert.Equal("Viken", regions.Single(r => r.Code == "30").Name);
        Assert.Equal(new DateOnly(2023, 12, 31), regions.Single(r => r.Code == "30").ValidTo);
    }

    [Fact]
    public void Place_EveryVikenKommune_LandsInExactlyOne2024Fylke()
    {
        var geography = Geography;
        var regions = Klass.Value.Regions;
        var viken = regions.Where(r => r.Level == RegionLevel.Municipality && r.ParentCode == "30").ToList();
        var fylker = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var kommune in viken)
        {
            var placement = geography.Place(kommune, Mid2024);
            Assert.True(placement.Reason is null, placement.Reason);
            var target = Assert.Single(placement.Targets);
            var fylke = regions.Single(r => r.Level == RegionLevel.Municipality && r.Code == target && r.IsValidOn(Mid2024)).ParentCode!;
            fylker[fylke] = fylker.GetValueOrDefault(fylke) + 1;
        }

        Assert.Equal(51, viken.Count);
        Assert.Equal(["31", "32", "33"], fylker.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(51, fylker.Values.Sum());
    }

    [Fact]
    public void Convert_MergeOfCounts_PreservesTheTotal()
    {
        // 2024 figures of Østfold, Akershus and Buskerud on the units of 2022: Viken, their sum (the inverse of the split).
        var values = new PlacedValue[] { new("NO-31", "2024", 311_000), new("NO-32", "2024", 720_000), new("NO-33", "2024", 270_000), new("NO-30", "2022", 1_290_000) };

        var result = Geography.Convert(values, MeasureKind.Count, Mid2022);

        Assert.Empty(result.Kept);
        var viken2024 = result.Values.Single(v => v.RegionKey == "NO-30" && v.Period == "2024");
        Assert.Equal(1_301_000, viken2024.Value);
        Assert.Equal(["NO-31", "NO-32", "NO-33"], viken2024.From.Order(StringComparer.Ordinal));
        Assert.Equal(1_290_000, result.Values.Single(v => v.RegionKey == "NO-30" && v.Period == "2022").Value);
    }

    [Fact]
    public void Convert_KommuneMergeAsToday_SumsCountsOnlyWhenEveryPartHasAValue()
    {
        // Rømskog (0121) and Aurskog-Høland (0221) → Aurskog-Høland 3026 on 1 January 2020 (KLASS), renumbered 3226 in 2024.
        var both = new PlacedValue[] { new("NO-0121", "2019", 680), new("NO-0221", "2019", 16_800), new("NO-3026", "2022", 17_900) };
        var one = new PlacedValue[] { new("NO-0221", "2019", 16_800) };

        var summed = Geography.Convert(both, MeasureKind.Count, Mid2024);
        var share = Geography.Convert(both, MeasureKind.Share, Mid2024);
        var partial = Geography.Convert(one, MeasureKind.Count, Mid2024);

        Assert.Empty(summed.Kept);
        Assert.Equal([("NO-3226", "2019", 17_480d), ("NO-3226", "2022", 17_900d)], summed.Values.Select(v => (v.RegionKey, v.Period, v.Value!.Value)));
        Assert.Equal(["NO-0121", "NO-0221"], summed.Values[0].From.Order(StringComparer.Ordinal));
        Assert.Equal("sum of NO-0121 + NO-0221", summed.Values[0].Method);
        Assert.Equal(["NO-0121", "NO-0221"], Geography.ExpectedParts("NO-3226", "2019", Mid2024));
        Assert.Equal("NO-3226", Assert.Single(share.Values).RegionKey);
        Assert.All(share.Kept, k => Assert.Contains("only counts and amounts are summed", k.Reason, StringComparison.Ordinal));
        Assert.Empty(partial.Values);
        Assert.Contains("NO-0121 has no value for 2019", Assert.Single(partial.Kept).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_KlassChangeRows_CorrectTheNameMatchedTable()
    {
        var changes = Klass.Value.Changes.Where(c => c.Level == RegionLevel.Municipality).ToList();
        string[] Into(string to) => [.. changes.Where(c => c.ToCode == to && c.EffectiveFrom == new DateOnly(2020, 1, 1)).Select(c => c.FromCode).Order(StringComparer.Ordinal)];

        Assert.Equal(["0121", "0221"], Into("3026"));
        Assert.Equal(["0220", "0627", "0628"], Into("3025"));
        Assert.All(changes.Where(c => c.ToCode == "3025"), c => Assert.Equal(RegionChangeKind.Merged, c.Kind));
        Assert.Equal(["0137"], Into("3018"));
        Assert.Equal(["0426"], Into("3419"));
        Assert.Equal(["1241", "1243"], Into("4624"));
        Assert.Equal(RegionChangeKind.Renumbered, changes.Single(c => c.FromCode == "3026").Kind);
        Assert.Equal(3, Klass.Value.SetAside.Count(n => n.Contains("contradicts KLASS", StringComparison.Ordinal)));
        Assert.Contains(Klass.Value.SetAside, n => n.Contains("municipality 0137 → 3419 contradicts KLASS", StringComparison.Ordinal));
    }

    [Fact]
    public void Place_EveryKommuneOfTheBorderFylkerBefore2020_LandsInExactlyOneKommuneOfKartverkets2024Map()
    {
        // Østfold, Akershus, Hedmark, Oppland and Buskerud on the eve of the 2020 reform, placed on the 2024 units, which
        // must be exactly the kommuner Kartverket's 2024 boundary file draws.
        var geography = Geography;
        var regions = Klass.Value.Regions;
        var eve = new DateOnly(2019, 12, 31);
        using var map = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.SharedData("geo", "no_kommuner_2024_S.geojson")));
        var drawn = map.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("kommunenummer").GetString()!).ToHashSet(StringComparer.Ordinal);
        var kommuner = regions.Where(r => r.Level == RegionLevel.Municipality && r.IsValidOn(eve) && r.ParentCode is "01" or "02" or "04" or "05" or "06").ToList();

        var targets = kommuner.Select(k => (k.Code, Placement: geography.Place(k, Mid2024))).ToList();

        Assert.Equal(357, drawn.Count);
        Assert.Equal(drawn.Order(StringComparer.Ordinal), regions.Where(r => r.Level == RegionLevel.Municipality && r.IsValidOn(Mid2024)).Select(r => r.Code).Order(StringComparer.Ordinal));
        Assert.Equal(109, kommuner.Count);
        Assert.All(targets, t => Assert.True(t.Placement.Reason is null && t.Placement.Targets.Count == 1 && drawn.Contains(t.Placement.Targets[0]), $"{t.Code}: {t.Placement.Reason}"));
        Assert.Equal("3226", targets.Single(t => t.Code == "0121").Placement.Targets[0]);
        Assert.Equal(RegionChangeKind.Merged, targets.Single(t => t.Code == "0121").Placement.Kind);
    }

    [Fact]
    public void Convert_SplitWithoutWeight_StaysOnTheOldUnit()
    {
        var values = new PlacedValue[] { new("NO-30", "2022", 1_290_000), new("NO-1507", "2023", 67_000) };

        var result = Geography.Convert(values, MeasureKind.Count, Mid2024);

        Assert.Empty(result.Values);
        Assert.Equal(2, result.Kept.Count);
        Assert.Equal(1_290_000, result.Kept.Single(k => k.RegionKey == "NO-30").Value);
        Assert.Contains("NO-30 was split into NO-31, NO-32, NO-33; no published weight, so the value is not apportioned", result.Kept.Single(k => k.RegionKey == "NO-30").Reason, StringComparison.Ordinal);
        Assert.Contains("NO-1507 was split into NO-1508, NO-1580", result.Kept.Single(k => k.RegionKey == "NO-1507").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_KlassRowsOf2018And2020_FylkerAndKommunerSplitAcrossABorderAreSplits()
    {
        var changes = Klass.Value.Changes;
        var y2020 = new DateOnly(2020, 1, 1);
        Dictionary<string, RegionChangeKind> From(RegionLevel level, string code, DateOnly day) =>
            changes.Where(c => c.Level == level && c.FromCode == code && c.EffectiveFrom == day).ToDictionary(c => c.ToCode, c => c.Kind, StringComparer.Ordinal);

        // Oppland: Jevnaker and Lunner went to Viken, the rest to Innlandet; likewise Svelvik (Vestfold) to Viken and
        // Hornindal (Sogn og Fjordane) to Møre og Romsdal.
        Assert.Equal(new Dictionary<string, RegionChangeKind> { ["30"] = RegionChangeKind.Split, ["34"] = RegionChangeKind.Split }, From(RegionLevel.County, "05", y2020));
        Assert.Equal(new Dictionary<string, RegionChangeKind> { ["30"] = RegionChangeKind.Split, ["38"] = RegionChangeKind.Split }, From(RegionLevel.County, "07", y2020));
        Assert.Equal(new Dictionary<string, RegionChangeKind> { ["15"] = RegionChangeKind.Split, ["46"] = RegionChangeKind.Split }, From(RegionLevel.County, "14", y2020));
        Assert.Equal(new Dictionary<string, RegionChangeKind> { ["34"] = RegionChangeKind.Merged }, From(RegionLevel.County, "04", y2020));
        Assert.Equal(new Dictionary<string, RegionChangeKind> { ["30"] = RegionChangeKind.Merged }, From(RegionLevel.County, "06", y2020));

        // Heim 5055: Hemne and Halsa whole, Snillfjord split three ways (KLASS lists Halsa → Heim only).
        Assert.Equal(
            [("1571", RegionChangeKind.Merged), ("5011", RegionChangeKind.Merged), ("5012", RegionChangeKind.Split)],
            changes.Where(c => c.ToCode == "5055").Select(c => (c.FromCode, c.Kind)).OrderBy(c => c.FromCode, StringComparer.Ordinal));
        Assert.Equal(["5055", "5056", "5059"], From(RegionLevel.Municipality, "5012", y2020).Where(c => c.Value == RegionChangeKind.Split).Select(c => c.Key).Order(StringComparer.Ordinal));

        // 2018: Nøtterøy + Tjøme → Færder; the Trøndelag renumbering in two steps, not the published table's jump over 2018.
        Assert.Equal(RegionChangeKind.Merged, From(RegionLevel.Municipality, "0722", new DateOnly(2018, 1, 1))["0729"]);
        Assert.Equal(RegionChangeKind.Renumbered, From(RegionLevel.Municipality, "1617", new DateOnly(2018, 1, 1))["5013"]);
        Assert.DoesNotContain(changes, c => c.FromCode == "1617" && c.ToCode == "5056");
        Assert.Equal(7, Klass.Value.SetAside.Count(n => n.Contains("jumps over KLASS's earlier change", StringComparison.Ordinal)));
    }

    [Fact]
    public void Convert_SplitFylkeAndKommune_AreNotApportionedAndTheirSuccessorIsNotSummedWithoutThem()
    {
        // Hedmark and Oppland 2019 as Innlandet, and Hemne, Halsa and Snillfjord 2019 as Heim: neither is summed, because
        // a part of the split unit went elsewhere (its value stays on it) and the rest would not be the whole.
        var values = new PlacedValue[]
        {
            new("NO-04", "2019", 197_000), new("NO-05", "2019", 173_000),
            new("NO-5011", "2019", 4_200), new("NO-1571", "2019", 1_500), new("NO-5012", "2019", 980),
        };

        var result = Geography.Convert(values, MeasureKind.Count, Mid2024);

        Assert.Empty(result.Values);
        string Reason(string key) => result.Kept.Single(k => k.RegionKey == key).Reason;
        Assert.Equal(5, result.Kept.Count);
        Assert.Equal(173_000, result.Kept.Single(k => k.RegionKey == "NO-05").Value);
        Assert.StartsWith("NO-05 was split into NO-30, NO-34; no published weight, so the value is not apportioned", Reason("NO-05"), StringComparison.Ordinal);
        Assert.StartsWith("NO-34 also took a part of NO-05, which was split without a published weight", Reason("NO-04"), StringComparison.Ordinal);
        Assert.StartsWith("NO-5012 was split into NO-5055, NO-5056, NO-5059; no published weight", Reason("NO-5012"), StringComparison.Ordinal);
        Assert.StartsWith("NO-5055 also took a part of NO-5012", Reason("NO-5011"), StringComparison.Ordinal);
        Assert.StartsWith("NO-5055 also took a part of NO-5012", Reason("NO-1571"), StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_MergeOf2018AcrossTwoMoreReforms_PreservesTheTotal()
    {
        // Nøtterøy (0722) + Tjøme (0723) → Færder 0729 (2018) → 3811 (2020) → 3911 (2024).
        var values = new PlacedValue[] { new("NO-0722", "2017", 21_000), new("NO-0723", "2017", 3_900) };

        var result = Geography.Convert(values, MeasureKind.Count, Mid2024);

        Assert.Empty(result.Kept);
        var faerder = Assert.Single(result.Values);
        Assert.Equal(("NO-3911", "2017", 24_900d), (faerder.RegionKey, faerder.Period, faerder.Value!.Value));
        Assert.Equal(["NO-0722", "NO-0723"], faerder.From.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Convert_SplitWithANamedWeight_ApportionsAndNamesIt()
    {
        var changes = Klass.Value.Changes.Select(c => c.FromCode == "1507" && c.EffectiveFrom.Year == 2024
            ? new RegionChange { Country = c.Country, Level = c.Level, FromCode = c.FromCode, ToCode = c.ToCode, Kind = c.Kind, EffectiveFrom = c.EffectiveFrom, Source = c.Source, Weight = c.ToCode == "1508" ? 0.8 : 0.2, WeightSource = "test weight" }
            : c);
        var geography = new RegionGeography(Klass.Value.Regions, changes);

        var result = geography.Convert([new("NO-1507", "2023", 1_000)], MeasureKind.Count, Mid2024);

        Assert.Equal(800, result.Values.Single(v => v.RegionKey == "NO-1508").Value);
        Assert.Equal(200, result.Values.Single(v => v.RegionKey == "NO-1580").Value);
        Assert.Contains("test weight", result.Values[0].Method, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_RenumberingAcrossTwoReforms_AndBadCodes_AreNamed()
    {
        // Halden: 0101 until 2019, 3001 in Viken, 3101 in Østfold from 2024.
        var values = new PlacedValue[] { new("NO-0101", "2019", 31_000), new("NO-3001", "2022", 31_400), new("NO-9998", "2022", 1), new("NO-3001", "2025", 1) };

        var result = Geography.Convert(values, MeasureKind.Count, Mid2024);

        Assert.Equal([("NO-3101", "2019", 31_000d), ("NO-3101", "2022", 31_400d)], result.Values.Select(v => (v.RegionKey, v.Period, v.Value!.Value)));
        Assert.Equal("NO-9998 is a code no period knows", result.Kept.Single(k => k.RegionKey == "NO-9998").Reason);
        Assert.Equal("NO-3001 was not in force in 2025", result.Kept.Single(k => k.RegionKey == "NO-3001").Reason);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Sync_KlassIntoTheRegistry_IsIdempotentAndChangesFollow(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var registry = new RegionRegistry(db);

        var first = await registry.SyncAsync(Klass.Value.Regions, TestContext.Current.CancellationToken);
        var changes = await registry.SyncChangesAsync(Klass.Value.Changes, TestContext.Current.CancellationToken);
        var again = await registry.SyncChangesAsync(Klass.Value.Changes, TestContext.Current.CancellationToken);
        var stored = await registry.ChangesAsync("NO", TestContext.Current.CancellationToken);

        Assert.Equal(885, first.Added);
        Assert.Equal(511, changes.Added);
        Assert.Equal((0, 0, 511), (again.Added, again.Changed, again.Unchanged));
        Assert.Contains(stored, c => c.FromCode == "06" && c.ToCode == "30" && c.Kind == RegionChangeKind.Merged);
        Assert.Equal(15, (await registry.ListAsync("NO", RegionLevel.County, new DateOnly(2026, 1, 1), TestContext.Current.CancellationToken)).Count);
    }
}
