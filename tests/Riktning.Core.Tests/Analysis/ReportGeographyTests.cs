using Riktning.Analysis;
using Riktning.Importing;
using Riktning.Regions;
using Riktning.Strategy;
using Riktning.Testing;

namespace Riktning.Core.Tests.Analysis;

/// <summary>
/// The indicator report's <c>?geography=today</c> on the shipped code lists and change tables (regions/no.csv,
/// regions/changes/no.csv, from SSB KLASS): hand-computed figures for a merger (Aurskog-Høland 0221 + Rømskog 0121 → Aurskog-Høland 3226; not Hedmark + Oppland → Innlandet, since Oppland was split: NorwegianGeographyTests), a
/// renumbering (Halden 3001 → 3101) and a split without a published weight (Viken → Østfold, Akershus, Buskerud).
/// </summary>
public sealed class ReportGeographyTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);

    private static readonly RegionPoint[] Points =
    [
        new("SE-17", "", "2019", 50, BatchId: 1),
        new("NO-0221", "", "2019", 100, BatchId: 2),
        new("NO-0121", "", "2019", 80, BatchId: 3, Flags: ObservationFlags.Provisional),
        new("NO-30", "", "2022", 1_000, BatchId: 2),
        new("NO-31", "", "2024", 300, BatchId: 4),
        new("NO-3001", "", "2022", 31_000, BatchId: 2),
    ];

    [Fact]
    public void Today_Counts_SumsAMergerMovesARenumberingAndLeavesVikenOnItsOwnUnitWithTheReason()
    {
        var result = ReportGeography.Today(Points, MeasureKind.Count, Geography(), Today);

        // Aurskog-Høland 100 + Rømskog 80 = Aurskog-Høland (3226) 180 in 2019; the sum keeps the provisional flag of a part.
        var innlandet = Assert.Single(result.Points, p => p.RegionKey == "NO-3226");
        Assert.Equal(("2019", (double?)180, ObservationFlags.Provisional, 3), (innlandet.Period, innlandet.Value, innlandet.Flags, innlandet.BatchId));
        Assert.Contains(result.Moved, m => m is { RegionKey: "NO-3226", Period: "2019", Method: "sum of NO-0221 + NO-0121" });
        Assert.Equal(31_000, Assert.Single(result.Points, p => p.RegionKey == "NO-3101").Value);
        Assert.Contains(result.Moved, m => m is { RegionKey: "NO-3101", Method: "renumbered from NO-3001" });

        // Viken is split with no published weight: its 2022 figure stays on Viken, never apportioned to 31/32/33.
        Assert.Equal(1_000, Assert.Single(result.Points, p => p.RegionKey == "NO-30").Value);
        Assert.Equal(300, Assert.Single(result.Points, p => p.RegionKey == "NO-31").Value);
        var viken = Assert.Single(result.Kept);
        Assert.Equal(("NO-30", "2022"), (viken.RegionKey, viken.Period));
        Assert.Equal("NO-30 was split into NO-31, NO-32, NO-33; no published weight, so the value is not apportioned", viken.Reason);

        // Swedish figures are untouched, and no old unit is shown beside the one it went into.
        Assert.Contains(new RegionPoint("SE-17", "", "2019", 50, BatchId: 1), result.Points);
        Assert.DoesNotContain(result.Points, p => p.RegionKey is "NO-0221" or "NO-0121" or "NO-3001");
        Assert.Equal(Points.Length - 1, result.Points.Count);
    }

    [Fact]
    public void Today_Shares_AreNeverSummedThroughAMergerButARenumberingStillMoves()
    {
        var result = ReportGeography.Today(Points, MeasureKind.Share, Geography(), Today);

        Assert.DoesNotContain(result.Points, p => p.RegionKey == "NO-3226");
        Assert.Equal([80, 100], result.Points.Where(p => p.RegionKey is "NO-0221" or "NO-0121").Select(p => p.Value));
        Assert.Contains(result.Kept, k => k is { RegionKey: "NO-0221", Reason: "NO-3226 is a merger; only counts and amounts are summed, not a share" });
        Assert.Equal(31_000, Assert.Single(result.Points, p => p.RegionKey == "NO-3101").Value);
    }

    private static RegionGeography Geography()
    {
        using var regions = new StreamReader(Path.Combine(RepositoryPaths.Regions, "no.csv"));
        using var changes = new StreamReader(Path.Combine(RepositoryPaths.Regions, "changes", "no.csv"));
        return new RegionGeography(RegionCsvReader.Read(regions, "no.csv"), RegionChangeCsv.Read(changes, "changes/no.csv"));
    }
}
