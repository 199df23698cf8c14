namespace Riktning.Importing.JsonStat;

/// <summary><c>value</c> as read: dense cells, or the sparse cells to place once 'size' is known (it may come later in the document).</summary>
internal sealed record JsonStatValues(CellValues? Dense, IReadOnlyList<KeyValuePair<int, double>>? Sparse);
