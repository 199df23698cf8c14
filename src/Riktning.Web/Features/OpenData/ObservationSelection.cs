namespace Riktning.Web.Features.OpenData;

/// <summary>
/// The observations a query selected, in API order, and what identifies their stored state: the newest import batch
/// among them and their number. An import that changes, adds or removes one of them changes one of the two.
/// </summary>
public sealed record ObservationSelection(IReadOnlyList<ObservationDocument> Rows, int LatestBatch, int Count);
