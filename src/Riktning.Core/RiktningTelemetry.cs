using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Riktning;

/// <summary>
/// Riktning's own traces and metrics, both named <see cref="Name"/>: a span and counters per import and per refresh.
/// The web host exports them with OpenTelemetry when an exporter is configured (<c>Riktning:Telemetry</c>); without
/// a listener they cost next to nothing.
/// </summary>
public static class RiktningTelemetry
{
    /// <summary>The name of the <see cref="ActivitySource"/> and of the <see cref="Meter"/>.</summary>
    public const string Name = "Riktning";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    /// <summary>Committed imports of one measure, tagged with the measure, the source and whether they stored a batch.</summary>
    public static readonly Counter<long> Imports = Meter.CreateCounter<long>("riktning.imports", "{import}", "Imports of a measure's observations");

    /// <summary>Observations an import added or changed.</summary>
    public static readonly Counter<long> ImportedObservations = Meter.CreateCounter<long>(
        "riktning.imports.observations", "{observation}", "Observations added or changed by imports");

    /// <summary>Whole refresh runs, tagged with their trigger and outcome (a run that found another one running counts as skipped).</summary>
    public static readonly Counter<long> Refreshes = Meter.CreateCounter<long>("riktning.refreshes", "{run}", "Whole refresh runs");

    /// <summary>How long a whole refresh run took.</summary>
    public static readonly Histogram<double> RefreshDuration = Meter.CreateHistogram<double>("riktning.refresh.duration", "s", "Duration of a whole refresh run");
}
