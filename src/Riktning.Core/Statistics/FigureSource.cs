namespace Riktning.Statistics;

/// <summary>
/// Where figures on a page or in a download came from: one import batch, as its source line shows it. A file is named
/// by its name only (the path is the importing machine's business), a URL in full.
/// </summary>
public sealed record FigureSource(
    int BatchId,
    string Source,
    string? TableId,
    string Location,
    DateTime RetrievedAtUtc,
    string? SourceUpdated,
    int Derived,
    string? Note)
{
    /// <summary>True for values an analyst put in by hand (the upload layout), not a statistics office's file or API.</summary>
    public bool ByHand => ImportSources.IsByHand(Source);

    /// <summary>True when <see cref="Location"/> is an address on the web rather than a file.</summary>
    public bool IsUrl => Location.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || Location.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    public static FigureSource From(ImportBatch batch) => new(
        batch.Id,
        batch.Source,
        batch.TableId,
        batch.Location.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || batch.Location.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            ? batch.Location
            : Path.GetFileName(batch.Location),
        batch.RetrievedAtUtc,
        batch.SourceUpdated,
        batch.Derived,
        batch.Note);

    /// <summary>One line in English for downloads and the command line, e.g. <c>kolada N01961, https://…, retrieved 2026-12-02 07:00 UTC</c>.</summary>
    public string Describe() =>
        string.Join(", ", new[]
        {
            TableId is null ? Source : $"{Source} {TableId}",
            ByHand ? "imported by hand" : null,
            Location,
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"retrieved {RetrievedAtUtc:yyyy-MM-dd HH:mm} UTC"),
            SourceUpdated is null ? null : $"updated by the source {SourceUpdated}",
            Derived > 0 ? $"{Derived} totals derived by Riktning as women + men" : null,
            Note,
        }.OfType<string>());

    /// <summary>The sources of the batches named, in batch order; ids without a batch are skipped.</summary>
    public static IReadOnlyList<FigureSource> Of(IEnumerable<int> batchIds, IReadOnlyDictionary<int, FigureSource> batches) =>
        [.. batchIds.Distinct().Order().Select(id => batches.GetValueOrDefault(id)).OfType<FigureSource>()];
}
