namespace Riktning.Web.Features.Strategy;

/// <summary>How the municipality map is drawn: a tile per municipality, or their outlines once boundaries are imported.</summary>
public enum MapKind
{
    Tiles,
    Choropleth,
}
