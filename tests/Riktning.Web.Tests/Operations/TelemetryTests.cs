using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Riktning.Data;
using Riktning.Importing;
using Riktning.Statistics;
using Riktning.Testing;

namespace Riktning.Web.Tests.Operations;

/// <summary>The OpenTelemetry registration (<c>Riktning:Telemetry</c>) with the in-memory exporter beside the configured one.</summary>
public sealed class TelemetryTests
{
    [Fact]
    public async Task Import_WithTelemetryConfigured_ProducesASpanAndCountsIt()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var activities = new List<Activity>();
        var metrics = new List<Metric>();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([
            .. database.Settings(),
            new("Riktning:RegionListsPath", RepositoryPaths.Regions),
            new("Riktning:Telemetry:Exporter", "otlp"),
            // Nobody listens there: the OTLP exporter's failures stay in the background.
            new("Riktning:Telemetry:OtlpEndpoint", "http://127.0.0.1:9/"),
        ]).Build();
        var services = new ServiceCollection().AddLogging().AddRiktning(configuration);
        services.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(activities));
        services.ConfigureOpenTelemetryMeterProvider(m => m.AddInMemoryExporter(metrics));
        await using var provider = services.BuildServiceProvider();
        var tracing = provider.GetRequiredService<TracerProvider>();
        var metering = provider.GetRequiredService<MeterProvider>();

        // A source name of its own: other tests import in this process at the same time.
        var source = "telemetry-" + Guid.NewGuid().ToString("N")[..8];
        await using (var scope = provider.CreateAsyncScope())
        {
            // The region registry, so that the import may place its Norwegian codes.
            await scope.ServiceProvider.GetRequiredService<Riktning.Setup.DatabaseSetup>().LoadBundledContentAsync(TestContext.Current.CancellationToken);
            await scope.ServiceProvider.GetRequiredService<ObservationImporter>().ImportAsync(
                "telemetry-measure", new ImportOrigin(source, null, "typed in the test"),
                [new ObservationRow("NO-34", "2024", "", 1.5, ValueStatus.Present), new ObservationRow("NO-3401", "2024", "", 2.5, ValueStatus.Present)],
                TestContext.Current.CancellationToken);
        }

        tracing.ForceFlush();
        metering.ForceFlush();

        var span = Assert.Single(activities, a => Equals(a.GetTagItem("riktning.source"), source));
        Assert.Equal("import", span.DisplayName);
        Assert.Equal(RiktningTelemetry.Name, span.Source.Name);
        Assert.Equal(2, span.GetTagItem("riktning.added"));
        Assert.Equal(1, Sum(metrics, "riktning.imports", source));
        Assert.Equal(2, Sum(metrics, "riktning.imports.observations", source));
    }

    private static long Sum(List<Metric> metrics, string name, string source)
    {
        long sum = 0;
        foreach (var metric in metrics.Where(m => m.Name == name).Distinct())
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                foreach (var tag in point.Tags)
                {
                    if (tag.Key == "riktning.source" && Equals(tag.Value, source))
                    {
                        sum += point.GetSumLong();
                    }
                }
            }
        }

        return sum;
    }
}
