using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Riktning.Web;

/// <summary>
/// OpenTelemetry for the site and the verbs: spans and metrics of HTTP requests (ASP.NET Core's) and of imports and
/// refreshes (<see cref="RiktningTelemetry"/>), sent where <see cref="TelemetrySettings"/> says. With the default
/// <c>none</c> nothing is registered, so an unobserved server pays nothing for it.
/// </summary>
internal static class TelemetryRegistration
{
    public static IServiceCollection AddRiktningTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(TelemetrySettings.Section).Get<TelemetrySettings>() ?? new TelemetrySettings();
        var exporter = settings.Exporter.Trim().ToLowerInvariant();
        if (exporter is "" or "none")
        {
            return services;
        }

        if (exporter is not ("otlp" or "console"))
        {
            throw new InvalidOperationException($"{TelemetrySettings.Section}:Exporter: '{settings.Exporter}' is not one of none, otlp, console");
        }

        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("riktning", serviceInstanceId: Riktning.Statistics.RefreshCoordinator.InstanceName))
            .WithTracing(tracing =>
            {
                tracing.AddSource(RiktningTelemetry.Name).AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal));
                if (exporter == "otlp")
                {
                    tracing.AddOtlpExporter(o => Configure(o, settings));
                }
                else
                {
                    tracing.AddConsoleExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(RiktningTelemetry.Name).AddAspNetCoreInstrumentation();
                if (exporter == "otlp")
                {
                    metrics.AddOtlpExporter(o => Configure(o, settings));
                }
                else
                {
                    metrics.AddConsoleExporter();
                }
            });
        return services;
    }

    private static void Configure(OtlpExporterOptions options, TelemetrySettings settings)
    {
        if (settings.OtlpEndpoint is { } endpoint)
        {
            options.Endpoint = endpoint;
        }

        options.Protocol = string.Equals(settings.OtlpProtocol, "http/protobuf", StringComparison.OrdinalIgnoreCase)
            ? OtlpExportProtocol.HttpProtobuf
            : OtlpExportProtocol.Grpc;
    }
}
