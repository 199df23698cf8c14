namespace Riktning.Web.Features.OpenData;

/// <summary>The representations of the API's lists: JSON rows or CSV.</summary>
public enum ListFormat
{
    Json,
    Csv,
}
