namespace Riktning.Web;

/// <summary><c>Riktning:Telemetry</c>: where OpenTelemetry traces and metrics go (nowhere unless configured).</summary>
public sealed class TelemetrySettings
{
    public const string Section = "Riktning:Telemetry";

    /// <summary>
    /// <c>none</c> (the default: nothing is collected), <c>otlp</c> (to <see cref="OtlpEndpoint"/>, or the standard
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>) or <c>console</c> (standard output, for trying it out).
    /// </summary>
    public string Exporter { get; set; } = "none";

    /// <summary>The OTLP collector, e.g. <c>http://collector:4317</c> (gRPC) or with <see cref="OtlpProtocol"/> <c>http/protobuf</c> on port 4318.</summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary><c>grpc</c> (the default) or <c>http/protobuf</c>.</summary>
    public string OtlpProtocol { get; set; } = "grpc";
}
