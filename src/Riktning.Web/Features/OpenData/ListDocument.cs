namespace Riktning.Web.Features.OpenData;

/// <summary>One page of a list of the API: its rows in a stable order; the <c>Link</c> header names the next page.</summary>
public sealed record ListDocument<T>(IReadOnlyList<T> Rows);
