using Riktning.Importing.PxWeb;

namespace Riktning.CrossBorder.Commuting;

/// <summary>
/// A commuting table to fetch from a PxWeb API v1 source: <see cref="Publisher"/> <c>nordic</c> (the Nordic Statistics
/// database) or <c>ssb</c> (Statistikkbanken's API v0, the same protocol), the table's path under the source's root
/// (<c>13631</c>; a Nordic table's folder path ending in <c>.px</c>), the query's selection, and the residence and
/// work-place dimensions when their names do not say which is which.
/// </summary>
public sealed record CommutingTableRequest(
    string Publisher,
    string Table,
    IReadOnlyList<PxWebQueryItem> Selection,
    string? OriginDimension = null,
    string? DestinationDimension = null);
