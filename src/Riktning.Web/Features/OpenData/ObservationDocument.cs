using System.Text.Json.Serialization;
using Riktning.Importing;

namespace Riktning.Web.Features.OpenData;

/// <summary>
/// One figure: region key (<c>SE-1780</c>), period as the source writes it, canonical breakdown (<c>total</c> for
/// the total), the value (null where the source gives none), its status and its flags (Eurostat letters, <c>"p"</c>,
/// <c>"be"</c>; absent for a plain figure). <see cref="Batch"/> is the import batch that wrote it: the downloads' source
/// column and JSON-stat's <c>source</c> and <c>note</c> are built from it.
/// </summary>
public sealed record ObservationDocument(
    string Region,
    string Period,
    string Breakdown,
    double? Value,
    ValueStatus Status,
    [property: JsonIgnore] int Batch = 0,
    [property: JsonIgnore] ObservationFlags Flags = ObservationFlags.None)
{
    /// <summary>The Eurostat flag letters in the order b, d, e, p, u, c; null for a plain figure.</summary>
    [JsonPropertyName("flags")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Letters => FlagLetters.Of(Status, Flags) is { Length: > 0 } letters ? letters : null;
}
