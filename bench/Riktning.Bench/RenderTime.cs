namespace Riktning.Bench;

/// <summary>The medians of several first visits to a page: until its load event, and until its chart's SVG existed, in ms from navigation start.</summary>
internal sealed record RenderTime(double LoadMilliseconds, double ChartMilliseconds, int Runs);
