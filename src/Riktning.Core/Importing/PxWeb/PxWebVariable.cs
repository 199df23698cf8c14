namespace Riktning.Importing.PxWeb;

/// <summary>A variable in PxWeb API v1 table metadata: its values' codes and texts, pairwise in the same order.</summary>
/// <param name="Code">The code a query names it by (<c>Region</c>, <c>Tid</c>).</param>
/// <param name="Text">Its label in the language asked for.</param>
/// <param name="Values">The value codes.</param>
/// <param name="ValueTexts">The value labels, one per code.</param>
/// <param name="Elimination">The variable may be left out of a query; the source then sums over it.</param>
/// <param name="Time">The variable is the table's time variable.</param>
public sealed record PxWebVariable(string Code, string Text, IReadOnlyList<string> Values, IReadOnlyList<string> ValueTexts, bool Elimination, bool Time);
