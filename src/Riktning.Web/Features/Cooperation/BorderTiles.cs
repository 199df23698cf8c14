namespace Riktning.Web.Features.Cooperation;

/// <summary>
/// The schematic of the border regions: one tile per county, placed roughly as the counties lie (Norway to the west,
/// Sweden to the east, north at the top), not to scale. Positions are in the SVG's 0–640 × 0–420 user units.
/// </summary>
public static class BorderTiles
{
    public sealed record Tile(string Key, int X, int Y, int Width, int Height);

    public const int Width = 640;

    public const int Height = 420;

    /// <summary>The border itself, drawn between the two columns.</summary>
    public const int BorderX = 372;

    public static readonly IReadOnlyList<Tile> Tiles =
    [
        new("NO-34", 190, 20, 170, 110),
        new("NO-30", 20, 150, 160, 100),
        new("NO-03", 190, 150, 80, 100),
        new("NO-32", 280, 150, 80, 100),
        new("NO-33", 20, 270, 160, 130),
        new("NO-31", 190, 270, 170, 130),
        new("SE-20", 384, 20, 236, 110),
        new("SE-17", 384, 150, 236, 120),
        new("SE-14", 384, 290, 236, 110),
    ];
}
