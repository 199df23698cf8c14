using System.Text.Json.Serialization;

namespace Riktning.Web.Features.OpenData;

/// <summary>Riktning's additions to a JSON-stat dataset: which measure it is, its unit, and the import batches its values came from.</summary>
public sealed record JsonStatExtension(
    string Measure,
    string? Unit,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<JsonStatSource>? Sources = null);
