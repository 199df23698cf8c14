using System.Text.Json.Serialization;

namespace Riktning.Web.Features.OpenData;

/// <summary>One import batch behind a JSON-stat dataset's values: source, table or KPI id, file or URL, retrieval and the source's own update time.</summary>
public sealed record JsonStatSource(
    int Batch,
    string Source,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? TableId,
    string Location,
    DateTime Retrieved,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Updated,
    bool ByHand,
    int Derived,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Note)
{
    public static JsonStatSource From(FigureSource source) =>
        new(source.BatchId, source.Source, source.TableId, source.Location, source.RetrievedAtUtc, source.SourceUpdated, source.ByHand, source.Derived, source.Note);
}
