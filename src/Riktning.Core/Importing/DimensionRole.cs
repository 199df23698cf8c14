namespace Riktning.Importing;

/// <summary>The json-stat roles a dimension can play; PC-Axis marks them with TIMEVAL, MAP and CONTVARIABLE.</summary>
public enum DimensionRole
{
    Other,
    Time,
    Geo,
    Metric,
}
