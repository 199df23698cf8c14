using NetTopologySuite.Geometries;
using Riktning.Regions;

namespace Riktning.Core.Tests.Regions;

/// <summary>Outlines simplified as one coverage keep their shared borders; label points lie where there is most room.</summary>
public sealed class BoundaryGeometryTests
{
    [Fact]
    public void SimplifyCoverage_NeighboursWithANoisySharedBorder_StillShareItExactly()
    {
        // Two regions side by side; the border between them wiggles below the tolerance at many points.
        var border = Enumerable.Range(0, 21).Select(i => (X: 13.1 + (i % 2 * 0.0004), Y: 59 + (i * 0.005))).ToList();
        var west = Polygon([(13.0, 59.0), .. border, (13.0, 59.1)]);
        var east = Polygon([.. border, (13.2, 59.1), (13.2, 59.0)]);

        var simplified = BoundaryGeometry.SimplifyCoverage([west, east]);

        Assert.Equal(2, simplified.Count);
        // No gap and no overlap: the two areas add up to the whole, and they meet along a line, not an area.
        Assert.Equal(simplified[0].Union(simplified[1]).Area, simplified[0].Area + simplified[1].Area, 12);
        Assert.Equal(0, simplified[0].Intersection(simplified[1]).Area, 12);
        Assert.InRange(simplified[0].Intersection(simplified[1]).Length, 0.099, 0.102);
        // The border lost its wiggles: far fewer points than the 21 it had.
        Assert.True(simplified[0].NumPoints < 10, $"{simplified[0].NumPoints} points");
    }

    [Fact]
    public void ToCoordinates_SimplifiedDetailedSquare_KeepsTheCornersRoundedToThreeDecimals()
    {
        // A square with many points along its edges, a little noise below the tolerance.
        var edge = Enumerable.Range(0, 11).Select(i => (13 + (i * 0.01), 59 + (i % 2 * 0.0001)));
        var square = Polygon([.. edge, (13.1, 59.1), (13.0, 59.1)]);

        var text = BoundaryGeometry.ToCoordinates(BoundaryGeometry.SimplifyCoverage([square])[0]);

        Assert.Matches(@"^\[\[\[(\[1[0-9.]+,59(\.1)?\],?){5}\]\]\]$", text);
        foreach (var corner in new[] { "[13,59]", "[13.1,59]", "[13.1,59.1]", "[13,59.1]" })
        {
            Assert.Contains(corner, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ToCoordinates_Speck_KeepsTheOutlineRatherThanNothing()
    {
        var speck = Polygon([(13.0001, 59.0001), (13.0002, 59.0001), (13.0002, 59.0002)]);

        Assert.Equal("[[[[13,59]]]]", BoundaryGeometry.ToCoordinates(speck));
    }

    [Fact]
    public void LabelPoint_ConcaveShape_IsInsideAndNotTheBoxCentre()
    {
        // A "C" opening to the east near the equator (so a degree is a degree both ways): its box centre lies in the bite.
        var concave = Polygon([(0, 0), (10, 0), (10, 2), (2, 2), (2, 8), (10, 8), (10, 10), (0, 10)]);

        var (lon, lat) = BoundaryGeometry.LabelPoint(concave);

        Assert.True(concave.Contains(new Point(lon, lat)), $"({lon}, {lat}) is outside");
        Assert.True(lon < 2, $"({lon}, {lat}) is not in the C's back");
    }

    [Fact]
    public void LabelPoint_TwoParts_IsInTheRoomierOne()
    {
        var factory = new GeometryFactory();
        var islands = factory.CreateMultiPolygon([Polygon([(0, 0), (1, 0), (1, 1), (0, 1)]), Polygon([(5, 0), (9, 0), (9, 4), (5, 4)])]);

        var (lon, lat) = BoundaryGeometry.LabelPoint(islands);

        Assert.Equal(7, lon, 0.01);
        Assert.Equal(2, lat, 0.01);
    }

    private static Polygon Polygon(IReadOnlyList<(double X, double Y)> ring) =>
        BoundaryGeometry.Polygon([ring]);
}
