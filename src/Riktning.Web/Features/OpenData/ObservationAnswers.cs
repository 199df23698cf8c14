using System.Buffers;
using System.IO.Compression;
using System.Numerics;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

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
    /// <summary>
    /// Answers count at this many times their bytes in <see cref="StoreVersionCache"/>'s limit, so that they fill at most
    /// a sixteenth of it (about 16 MB) and leave the rest to the pages' values. A burst of distinct queries (the web bench's
    /// cache-missing mix builds 10 000–15 000 answers of 15–20 KB in 20 s on ten million values) otherwise fills the cache
    /// with answers that are asked for once, and every one of them is promoted to the GC's oldest generation first: with
    /// a quarter (64 MB) kept the server's managed heap grew from about 35 to 115 MB over the mix and the GC's committed
    /// memory to 255 MB (bench/README.md, "Memory"). 16 MB still holds about 170 answers of the report pages' 66 KB
    /// selection with both compressed forms, or 800 of the mix's. With <see cref="CacheItemPriority.Low"/> they are also
    /// the first to go when the cache is full: an answer is rebuilt in milliseconds, a measure's points in seconds.
    /// </summary>
    private const long AnswerWeight = 16;

    /// <summary>How many keys the admission filter remembers (a power of two; 32 KB of hashes).</summary>
    private const int SeenSlots = 8192;

    /// <summary>Brotli's quality at <see cref="CompressionLevel.Optimal"/>, as <see cref="BrotliStream"/> has it.</summary>
    private const int BrotliQuality = 4;

    private readonly SemaphoreSlim _builds = new(limits.Value.ApiConcurrentBuilds);

    /// <summary>
    /// The hashes of keys built recently, one slot per hash (a later key may take the slot). An answer is kept only when
    /// its key was built before: report pages and their readers ask the same selection again and keep it from the
    /// second time on, while a burst of one-off selections (a crawler, the web bench's cache-missing mix) is built and
    /// dropped at once. Kept, each of those answers outlived the GC's youngest generation and was promoted to the oldest
    /// before the cache let it go: the server's committed managed memory followed the number of one-off answers, not
    /// the cache's budget (bench/README.md, "Memory").
    /// </summary>
    private readonly int[] _seen = new int[SeenSlots];

    /// <summary>The cache key of a selection; the version is kept beside it.</summary>
    public static string Key(string measureId, ObservationFilter filter) => string.Join('\u001e', "observations", measureId, filter.Key);

    public bool TryGet(string key, StoreVersion version, out ObservationAnswer? answer) => cache.TryGet(key, version, out answer);

    /// <summary>The cached answer for <paramref name="key"/> at <paramref name="version"/>, built from the store once when missing.</summary>
    public Task<ObservationAnswer> GetOrBuildAsync(
        string key, StoreVersion version, MeasureDocument measure, ObservationFilter filter, EntityTagHeaderValue tag, CancellationToken cancellationToken) =>
        cache.GetAsync(
            key, version, (services, ct) => BuildAsync(services, measure, filter, tag, ct), answer => answer.Size * AnswerWeight, cancellationToken,
            CacheItemPriority.Low, keep: SeenBefore(key));

    public void Dispose() => _builds.Dispose();

    /// <summary>Whether <paramref name="key"/> was asked for before (as far as its slot remembers); remembers it either way.</summary>
    private bool SeenBefore(string key)
    {
        var hash = StringComparer.Ordinal.GetHashCode(key);
        ref var slot = ref _seen[hash & (SeenSlots - 1)];
        // A torn or lost update between threads only means one more build; an int is written whole.
        var seen = Volatile.Read(ref slot) == hash;
        Volatile.Write(ref slot, hash);
        return seen;
    }

    /// <summary>
    /// Writes a selection larger than <see cref="LimitSettings.ApiCachedRows"/> to <paramref name="body"/> while reading it
    /// (JSON with a <see cref="Utf8JsonWriter"/>, CSV with <see cref="ObservationCsv"/>), flushing every few hundred rows:
    /// memory stays bounded by the flush, whatever the answer's size. It counts as a build, so at most
    /// <see cref="LimitSettings.ApiConcurrentBuilds"/> of them (and of the cached builds) read the store at once;
    /// <paramref name="cancellationToken"/> (the request's) ends the read when the client goes away.
    /// </summary>
    public async Task StreamAsync(Stream body, IServiceProvider services, MeasureDocument measure, ObservationFilter filter, CancellationToken cancellationToken)
    {
        const int FlushEvery = 500;
        await _builds.WaitAsync(cancellationToken);
        try
        {
            var queries = services.GetRequiredService<OpenDataQueries>();
            if (filter.Format == ObservationFormat.Csv)
            {
                var names = await queries.RegionNamesAsync(cancellationToken);
                var analysis = services.GetRequiredService<Riktning.Analysis.IndicatorAnalysisService>();
                var batches = await analysis.BatchesAsync(cancellationToken);
                var categories = await analysis.CategoriesAsync(measure.Id, cancellationToken);
                // In the source's order, as a kept CSV answer: the order is the query's, so nothing is held back to sort.
                var inSourceOrder = queries.StreamAsync(measure.Id, filter, cancellationToken, categories);
                await using var text = new StreamWriter(body, new UTF8Encoding(false), 16 * 1024, leaveOpen: true);
                await ObservationCsv.WriteAsync(text, inSourceOrder, names, batches, FlushEvery, cancellationToken, categories);
                return;
            }

            var rows = queries.StreamAsync(measure.Id, filter, cancellationToken);

            // The same bytes as the serialised ObservationsDocument of a kept answer. The writer fills a buffer (the
            // serializer flushes it synchronously), and the buffer goes to the response asynchronously every few hundred rows.
            var options = json.Value.SerializerOptions;
            string Name(string property) => options.PropertyNamingPolicy?.ConvertName(property) ?? property;
            var buffer = new System.Buffers.ArrayBufferWriter<byte>(64 * 1024);
            await using var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = options.Encoder, Indented = options.WriteIndented });
            async Task SendAsync()
            {
                writer.Flush();
                await body.WriteAsync(buffer.WrittenMemory, cancellationToken);
                buffer.ResetWrittenCount();
            }

            writer.WriteStartObject();
            writer.WriteString(Name(nameof(ObservationsDocument.Measure)), measure.Id);
            writer.WritePropertyName(Name(nameof(ObservationsDocument.Unit)));
            JsonSerializer.Serialize(writer, measure.Unit, options);
            writer.WriteStartArray(Name(nameof(ObservationsDocument.Rows)));
            var written = 0;
            await foreach (var row in rows)
            {
                JsonSerializer.Serialize(writer, row, options);
                if (++written % FlushEvery == 0)
                {
                    await SendAsync();
                }
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            await SendAsync();
            await body.FlushAsync(cancellationToken);
        }
        finally
        {
            _builds.Release();
        }
    }

    private async Task<ObservationAnswer> BuildAsync(
        IServiceProvider services, MeasureDocument measure, ObservationFilter filter, EntityTagHeaderValue tag, CancellationToken cancellationToken)
    {
        await _builds.WaitAsync(cancellationToken);
        try
        {
            var queries = services.GetRequiredService<OpenDataQueries>();
            // JSON and CSV can be written row by row: a selection larger than what is kept is only marked, and each
            // request streams it (StreamAsync). JSON-stat (a cube) and xlsx are built whole, within ApiMaxRows.
            var cachedRows = limits.Value.ApiCachedRows;
            var first = filter.Format is ObservationFormat.Json or ObservationFormat.Csv && filter.Limit > cachedRows ? filter with { Limit = cachedRows } : filter;
            var analysis = services.GetRequiredService<Riktning.Analysis.IndicatorAnalysisService>();
            // The files and JSON-stat label and order the breakdowns as the source does, and page in that order (as a
            // streamed CSV answer does); the plain JSON answer keeps the keys and the store's order.
            var categories = filter.Format == ObservationFormat.Json ? SourceCategories.None : await analysis.CategoriesAsync(measure.Id, cancellationToken);
            var selection = await queries.ObservationsAsync(measure.Id, first, cancellationToken, filter.Format == ObservationFormat.Json ? null : categories);
            if (first != filter && selection.HasMore)
            {
                return ObservationAnswer.Streaming(tag);
            }

            var rows = selection.Rows;
            int? next = first == filter && selection.HasMore ? filter.Offset + filter.Limit : null;
            var options = json.Value.SerializerOptions;
            // The plain JSON answer keeps its shape; the files and JSON-stat carry where each value came from.
            var batches = filter.Format == ObservationFormat.Json ? null : await analysis.BatchesAsync(cancellationToken);
            switch (filter.Format)
            {
                case ObservationFormat.JsonStat2:
                    var dataset = JsonStatDataset.Create(measure.Id, measure.Name.Sv, measure.Unit, rows, await queries.RegionNamesAsync(cancellationToken), batches, categories);
                    return Compressed(tag, JsonStatDataset.MediaType, null, JsonSerializer.SerializeToUtf8Bytes(dataset, options), next);
                case ObservationFormat.Csv:
                    var csv = ObservationCsv.Write(rows, await queries.RegionNamesAsync(cancellationToken), batches, categories);
                    return Compressed(tag, "text/csv; charset=utf-8", $"attachment; filename=\"{measure.Id}.csv\"", Encoding.UTF8.GetBytes(csv), next);
                case ObservationFormat.Xlsx:
                    var disposition = new ContentDispositionHeaderValue("attachment");
                    disposition.SetHttpFileName($"{measure.Id}.xlsx");
                    var workbook = ObservationXlsx.Write(rows, await queries.RegionNamesAsync(cancellationToken), batches, categories);
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
        new(tag, contentType, disposition, body, CompressBrotli(body), CompressGzip(body), next);

    /// <summary>
    /// In one call, with the window fitted to the body instead of Brotli's default 4 MB: the encoder's native state
    /// (ring buffer and hash tables, outside the GC's heap) is sized for the answer, not for the largest possible stream,
    /// and the output goes into a pooled buffer instead of a growing <see cref="MemoryStream"/>. The same quality
    /// as <see cref="BrotliStream"/> at <see cref="CompressionLevel.Optimal"/>; any decoder reads it.
    /// </summary>
    private static byte[] CompressBrotli(byte[] body)
    {
        var window = Math.Clamp(BitOperations.Log2((uint)Math.Max(body.Length, 1) - 1) + 1, 10, 22);
        var buffer = ArrayPool<byte>.Shared.Rent(BrotliEncoder.GetMaxCompressedLength(body.Length));
        try
        {
            if (!BrotliEncoder.TryCompress(body, buffer, out var written, BrotliQuality, window))
            {
                throw new InvalidOperationException("Brotli could not compress an answer into its largest possible size.");
            }

            return buffer.AsSpan(0, written).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static byte[] CompressGzip(byte[] body)
    {
        // JSON and CSV shrink to a fifth or less; starting there spares the stream's doubling copies.
        using var output = new MemoryStream(body.Length / 4 + 64);
        using (var compressing = new GZipStream(output, CompressionLevel.Optimal))
        {
            compressing.Write(body);
        }

        return output.ToArray();
    }
}
