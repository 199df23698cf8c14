namespace Riktning.Web.Features.Strategy;

/// <summary>One municipality's place in a tile map's grid, and the short label written in its tile.</summary>
public sealed record MapTile(string Region, int Column, int Row, string Label);
