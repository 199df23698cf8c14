using Riktning.Regions;

namespace Riktning.Core.Tests.Regions;

public sealed class PolygonInteriorTests
{
    // A "C" opening to the right, 10 × 10 with a 6 × 6 bite: its bounding-box centre (5, 5) lies in the bite, outside.
    private static readonly IReadOnlyList<IReadOnlyList<(double X, double Y)>> Concave =
        [[(0, 0), (10, 0), (10, 2), (2, 2), (2, 8), (10, 8), (10, 10), (0, 10), (0, 0)]];

    // A 10 × 10 square with a 6 × 6 hole in the middle.
    private static readonly IReadOnlyList<IReadOnlyList<(double X, double Y)>> Holed =
        [[(0, 0), (10, 0), (10, 10), (0, 10)], [(2, 2), (8, 2), (8, 8), (2, 8)]];

    [Fact]
    public void PoleOfInaccessibility_Square_IsTheCentre()
    {
        var (x, y, distance) = PolygonInterior.PoleOfInaccessibility([[(0, 0), (4, 0), (4, 4), (0, 4), (0, 0)]], 0.01);

        Assert.Equal(2, x, 0.02);
        Assert.Equal(2, y, 0.02);
        Assert.Equal(2, distance, 0.02);
    }

    [Fact]
    public void PoleOfInaccessibility_ConcaveShape_IsInsideAndNotTheBoxCentre()
    {
        var (x, y, distance) = PolygonInterior.PoleOfInaccessibility(Concave, 0.01);

        Assert.False(PolygonInterior.Contains(Concave, (5, 5)));
        Assert.True(PolygonInterior.Contains(Concave, (x, y)));
        // The bars are 2 wide; the widest room is where the back meets an arm, a circle of radius 2√2 / (1 + √2).
        Assert.Equal(2 * Math.Sqrt(2) / (1 + Math.Sqrt(2)), distance, 0.02);
        Assert.InRange(x, 1, 1.3);
    }

    [Fact]
    public void PoleOfInaccessibility_WithHole_AvoidsTheHole()
    {
        var (x, y, distance) = PolygonInterior.PoleOfInaccessibility(Holed, 0.01);

        Assert.True(PolygonInterior.Contains(Holed, (x, y)));
        Assert.False(PolygonInterior.Contains(Holed, (5, 5)));
        Assert.Equal(2 * Math.Sqrt(2) / (1 + Math.Sqrt(2)), distance, 0.02);
    }

    [Theory]
    [InlineData(0.5, 0.5, 1.5, 9.5, true)]
    [InlineData(0.5, 0.5, 9.5, 1.5, true)]
    [InlineData(0.5, 0.5, 3, 3, false)]
    [InlineData(4, 4, 6, 6, false)]
    [InlineData(-1, 4, 1, 6, false)]
    public void ContainsBox_ConcaveShape_OnlyBoxesClearOfTheOutline(double left, double top, double right, double bottom, bool expected)
    {
        var contains = PolygonInterior.ContainsBox(Concave, left, top, right, bottom);

        Assert.Equal(expected, contains);
    }
}
