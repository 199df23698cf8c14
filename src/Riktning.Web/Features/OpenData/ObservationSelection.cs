namespace Riktning.Web.Features.OpenData;

/// <summary>
/// The observations a query selected, in API order, one page of them (<see cref="ObservationFilter.Limit"/> from
/// <see cref="ObservationFilter.Offset"/>), and whether more follow.
/// </summary>
public sealed record ObservationSelection(IReadOnlyList<ObservationDocument> Rows, bool HasMore);
