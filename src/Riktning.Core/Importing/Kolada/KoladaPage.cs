namespace Riktning.Importing.Kolada;

/// <summary>One page of a Kolada <c>/data</c> response, and the address of the next page if there is one.</summary>
public sealed record KoladaPage(IReadOnlyList<KoladaValue> Values, int? Count, string? NextPage);
