namespace Riktning.Importing.PxWeb;

/// <summary>The limits and formats a PxWebApi 2 service announces at <c>/config</c>.</summary>
/// <param name="ApiVersion">The protocol version (<c>2.2.0</c> at SCB in the shared sample).</param>
/// <param name="DefaultLanguage">The language answered when none is asked for.</param>
/// <param name="MaxDataCells">The most cells one data request may select; larger selections are refused with 403.</param>
/// <param name="MaxCallsPerTimeWindow">Calls allowed per <paramref name="TimeWindow"/> seconds; more are refused with 429.</param>
/// <param name="TimeWindow">The window in seconds.</param>
/// <param name="DataFormats">The output formats offered (<c>json-stat2</c>, <c>csv</c>, <c>px</c> …).</param>
public sealed record PxWebApi2Config(
    string ApiVersion,
    string? DefaultLanguage,
    int MaxDataCells,
    int MaxCallsPerTimeWindow,
    int TimeWindow,
    IReadOnlyList<string> DataFormats)
{
    /// <summary>The window as a span, for SourceEndpointOptions.</summary>
    public TimeSpan Window => TimeSpan.FromSeconds(TimeWindow);
}
