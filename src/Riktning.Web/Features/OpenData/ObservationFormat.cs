namespace Riktning.Web.Features.OpenData;

/// <summary>The representations of a measure's observations.</summary>
public enum ObservationFormat
{
    Json,
    JsonStat2,
    Csv,
    Xlsx,
}
