namespace Riktning.Web.Features.OpenData;

/// <summary>A measure's observations that match a query, ordered by region, breakdown and period.</summary>
public sealed record ObservationsDocument(string Measure, string? Unit, IReadOnlyList<ObservationDocument> Rows);
