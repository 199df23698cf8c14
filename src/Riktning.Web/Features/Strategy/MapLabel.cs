namespace Riktning.Web.Features.Strategy;

/// <summary>
/// Where a municipality is written on the choropleth: its name over its value (<see cref="ValueText"/>), centred on
/// (<see cref="X"/>, <see cref="Y"/>) in <see cref="NameSize"/> and <see cref="ValueSize"/> pixels; or, when that does not
/// fit inside the outline, a numbered marker (<see cref="Marker"/>) whose name and value the map's key gives.
/// </summary>
public sealed record MapLabel(double X, double Y, string ValueText, double NameSize, double ValueSize, int? Marker);
