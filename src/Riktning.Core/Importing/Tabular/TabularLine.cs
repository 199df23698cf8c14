namespace Riktning.Importing.Tabular;

/// <summary>One data row: its line number in the file (the header is line 1) and its cells in header order.</summary>
public sealed record TabularLine(int Line, IReadOnlyList<string?> Cells);
