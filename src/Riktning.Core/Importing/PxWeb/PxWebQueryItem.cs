namespace Riktning.Importing.PxWeb;

/// <summary>One variable of a PxWeb API v1 query: its code and the selection of its values.</summary>
public sealed record PxWebQueryItem(string Code, PxWebSelection Selection);
