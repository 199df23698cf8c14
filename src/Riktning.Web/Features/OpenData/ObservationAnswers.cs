using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Riktning.Data;

namespace Riktning.Web.Features.OpenData;

/// <summary>
/// Finished observations answers, kept in memory per measure, normalised filter, format and <see cref="StoreVersion"/>.
/// Report pages and their readers ask the same few selections again and again, and between imports the bytes cannot
/// differ; reading 700 rows, serialising and compressing them cost milliseconds a request, a cached answer costs a copy.
/// A new import batch or definition revision changes the version and so the key: old answers are never served again and
/// leave the cache by expiry or when it is full.
/// </summary>
public sealed class ObservationAnswers(IServiceScopeFactory scopes, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : IDisposable
{
    /// <summary>
    /// Bounds the memory a stream of distinct queries can take; a typical answer with both compressed forms is about
    /// 85 KB, so this holds several hundred. An answer larger than the limit is built for each request, not kept.
    /// </summary>
    private const long SizeLimit = 64L * 1024 * 1024;

    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private readonly MemoryCache _answers = new(new MemoryCacheOptions { SizeLimit = SizeLimit });

    // Requests that miss together (after an import, under load) wait for one build instead of each querying the store.
    private readonly ConcurrentDictionary<string, Lazy<Task<ObservationAnswer>>> _building = new(StringComparer.Ordinal);

    /// <summary>The cache key of a selection in one store version.</summary>
    public static string Key(string measureId, ObservationFilter filter, StoreVersion version) =>
        string.Join('\u001e', measureId, filter.Key, version.LatestBatch, version.LatestRevision);

    public bool TryGet(string key, out ObservationAnswer? answer) => _answers.TryGetValue(key, out answer);

    /// <summary>The cached answer for <paramref name="key"/>, built from the store once when missing.</summary>
    public async Task<ObservationAnswer> GetOrBuildAsync(string key, MeasureDocument measure, ObservationFilter filter, EntityTagHeaderValue tag)
    {
        if (_answers.TryGetValue(key, out ObservationAnswer? cached))
        {
            return cached!;
        }

        var building = _building.GetOrAdd(key, _ => new Lazy<Task<ObservationAnswer>>(() => BuildAndKeepAsync(key, measure, filter, tag)));
        return await building.Value;
    }

    public void Dispose() => _answers.Dispose();

    private async Task<ObservationAnswer> BuildAndKeepAsync(string key, MeasureDocument measure, ObservationFilter filter, EntityTagHeaderValue tag)
    {
        try
        {
            // Not the first requester's cancellation: the others waiting for this build still want it. A selection is
            // one indexed read, so a build that nobody waits for any more ends soon anyway.
            var answer = await BuildAsync(measure, filter, tag, CancellationToken.None);
            _answers.Set(key, answer, new MemoryCacheEntryOptions { Size = answer.Size, SlidingExpiration = Lifetime });
            return answer;
        }
        finally
        {
            _building.TryRemove(key, out _);
        }
    }

    private async Task<ObservationAnswer> BuildAsync(MeasureDocument measure, ObservationFilter filter, EntityTagHeaderValue tag, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var queries = scope.ServiceProvider.GetRequiredService<OpenDataQueries>();
        var rows = (await queries.ObservationsAsync(measure.Id, filter, cancellationToken)).Rows;
        var options = json.Value.SerializerOptions;
        // The plain JSON answer keeps its shape; the files and JSON-stat carry where each value came from.
        var batches = filter.Format == ObservationFormat.Json
            ? null
            : await scope.ServiceProvider.GetRequiredService<Riktning.Analysis.IndicatorAnalysisService>().BatchesAsync(cancellationToken);
        switch (filter.Format)
        {
            case ObservationFormat.JsonStat2:
                var dataset = JsonStatDataset.Create(measure.Id, measure.Name.Sv, measure.Unit, rows, await queries.RegionNamesAsync(cancellationToken), batches);
                return Compressed(tag, JsonStatDataset.MediaType, null, JsonSerializer.SerializeToUtf8Bytes(dataset, options));
            case ObservationFormat.Csv:
                var csv = ObservationCsv.Write(rows, await queries.RegionNamesAsync(cancellationToken), batches);
                return Compressed(tag, "text/csv; charset=utf-8", $"attachment; filename=\"{measure.Id}.csv\"", Encoding.UTF8.GetBytes(csv));
            case ObservationFormat.Xlsx:
                var disposition = new ContentDispositionHeaderValue("attachment");
                disposition.SetHttpFileName($"{measure.Id}.xlsx");
                var workbook = ObservationXlsx.Write(rows, await queries.RegionNamesAsync(cancellationToken), batches);
                return new ObservationAnswer(tag, ObservationXlsx.MediaType, disposition.ToString(), workbook, null, null);
            default:
                var document = new ObservationsDocument(measure.Id, measure.Unit, rows);
                return Compressed(tag, "application/json; charset=utf-8", null, JsonSerializer.SerializeToUtf8Bytes(document, options));
        }
    }

    /// <summary>
    /// Compressed once per answer with the better settings (the middleware uses Fastest, as it compresses per response).
    /// </summary>
    private static ObservationAnswer Compressed(EntityTagHeaderValue tag, string contentType, string? disposition, byte[] body) =>
        new(tag, contentType, disposition, body,
            Compress(body, s => new BrotliStream(s, CompressionLevel.Optimal)),
            Compress(body, s => new GZipStream(s, CompressionLevel.Optimal)));

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
