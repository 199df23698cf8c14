using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Riktning.Data;
using Riktning.Web.Features.Shared;

namespace Riktning.Web.Features.OpenData;

/// <summary>
/// Finished observations answers, kept per measure, normalised filter (format and page included) and
/// <see cref="StoreVersion"/> in <see cref="StoreVersionCache"/>, the one cache of what is read from the store. Report
/// pages and their readers ask the same few selections again and again, and between imports the bytes cannot differ;
/// reading 700 rows, serialising and compressing them cost milliseconds a request, a cached answer costs a copy.
/// Requests that miss together share one build; at most <see cref="LimitSettings.ApiConcurrentBuilds"/> different
/// answers are built at once, so a burst of distinct queries queues instead of taking the memory of all of them.
/// </summary>
public sealed class ObservationAnswers(StoreVersionCache cache, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, IOptions<LimitSettings> limits) : IDisposable
{
    private readonly SemaphoreSlim _builds = new(limits.Value.ApiConcurrentBuilds);

    /// <summary>The cache key of a selection; the version is kept beside it.</summary>
    public static string Key(string measureId, ObservationFilter filter) => string.Join('\u001e', "observations", measureId, filter.Key);

    public bool TryGet(string key, StoreVersion version, out ObservationAnswer? answer) => cache.TryGet(key, version, out answer);

    /// <summary>The cached answer for <paramref name="key"/> at <paramref name="version"/>, built from the store once when missing.</summary>
    public Task<ObservationAnswer> GetOrBuildAsync(
        string key, StoreVersion version, MeasureDocument measure, ObservationFilter filter, EntityTagHeaderValue tag, CancellationToken cancellationToken) =>
        cache.GetAsync(key, version, (services, ct) => BuildAsync(services, measure, filter, tag, ct), answer => answer.Size, cancellationToken);

    public void Dispose() => _builds.Dispose();

    private async Task<ObservationAnswer> BuildAsync(
        IServiceProvider services, MeasureDocument measure, ObservationFilter filter, EntityTagHeaderValue tag, CancellationToken cancellationToken)
    {
        await _builds.WaitAsync(cancellationToken);
        try
        {
            var queries = services.GetRequiredService<OpenDataQueries>();
            var selection = await queries.ObservationsAsync(measure.Id, filter, cancellationToken);
            var rows = selection.Rows;
            int? next = selection.HasMore ? filter.Offset + filter.Limit : null;
            var options = json.Value.SerializerOptions;
            // The plain JSON answer keeps its shape; the files and JSON-stat carry where each value came from.
            var batches = filter.Format == ObservationFormat.Json
                ? null
                : await services.GetRequiredService<Riktning.Analysis.IndicatorAnalysisService>().BatchesAsync(cancellationToken);
            switch (filter.Format)
            {
                case ObservationFormat.JsonStat2:
                    var dataset = JsonStatDataset.Create(measure.Id, measure.Name.Sv, measure.Unit, rows, await queries.RegionNamesAsync(cancellationToken), batches);
                    return Compressed(tag, JsonStatDataset.MediaType, null, JsonSerializer.SerializeToUtf8Bytes(dataset, options), next);
                case ObservationFormat.Csv:
                    var csv = ObservationCsv.Write(rows, await queries.RegionNamesAsync(cancellationToken), batches);
                    return Compressed(tag, "text/csv; charset=utf-8", $"attachment; filename=\"{measure.Id}.csv\"", Encoding.UTF8.GetBytes(csv), next);
                case ObservationFormat.Xlsx:
                    var disposition = new ContentDispositionHeaderValue("attachment");
                    disposition.SetHttpFileName($"{measure.Id}.xlsx");
                    var workbook = ObservationXlsx.Write(rows, await queries.RegionNamesAsync(cancellationToken), batches);
                    return new ObservationAnswer(tag, ObservationXlsx.MediaType, disposition.ToString(), workbook, null, null, next);
                default:
                    var document = new ObservationsDocument(measure.Id, measure.Unit, rows);
                    return Compressed(tag, "application/json; charset=utf-8", null, JsonSerializer.SerializeToUtf8Bytes(document, options), next);
            }
        }
        finally
        {
            _builds.Release();
        }
    }

    /// <summary>
    /// Compressed once per answer with the better settings (the middleware uses Fastest, as it compresses per response).
    /// </summary>
    private static ObservationAnswer Compressed(EntityTagHeaderValue tag, string contentType, string? disposition, byte[] body, int? next) =>
        new(tag, contentType, disposition, body,
            Compress(body, s => new BrotliStream(s, CompressionLevel.Optimal)),
            Compress(body, s => new GZipStream(s, CompressionLevel.Optimal)),
            next);

    private static byte[] Compress(byte[] body, Func<Stream, Stream> compressor)
    {
        using var output = new MemoryStream();
        using (var compressing = compressor(output))
        {
            compressing.Write(body);
        }

        return output.ToArray();
    }
}
