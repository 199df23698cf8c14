namespace Riktning.Web.Features.Strategy;

/// <summary>
/// One municipality on the map: a tile (<see cref="X"/>, <see cref="Y"/>, <see cref="Width"/>, <see cref="Height"/>) or
/// an outline (<see cref="Path"/>, SVG path data) with the place its name and value are written (<see cref="Text"/>, null
/// when not even a marker fits); <see cref="ClassIndex"/> is null when it has no value.
/// </summary>
public sealed record MapShape(string RegionKey, string Name, string Label, double? Value, int? ClassIndex, string? Path, double X, double Y, double Width, double Height, MapLabel? Text = null)
{
    /// <summary>The flag letters of the figure (break in series, estimated, provisional …, <see cref="Riktning.Importing.FlagLetters"/>), named in the shape's title; empty for a plain figure.</summary>
    public string Flags { get; init; } = "";
}
