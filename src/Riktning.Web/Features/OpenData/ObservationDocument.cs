using Riktning.Importing;

namespace Riktning.Web.Features.OpenData;

/// <summary>
/// One figure: region key (<c>SE-1780</c>), period as the source writes it, canonical breakdown (<c>total</c> for
/// the total), the value (null where the source gives none) and its status.
/// </summary>
public sealed record ObservationDocument(string Region, string Period, string Breakdown, double? Value, ValueStatus Status);
