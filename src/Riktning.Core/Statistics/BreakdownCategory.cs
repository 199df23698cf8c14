namespace Riktning.Statistics;

/// <summary>
/// The source's own label and position of one category of a measure's breakdown (e.g. <c>age</c> = <c>100+10</c>,
/// "100+ år", 11th), written in the same transaction as the import that read it and rewritten by every later import
/// that reads it again. One row per language the source gives a label in; <see cref="Language"/> is empty when the
/// source names none, and <see cref="Label"/> null when it gives no label (Kolada's sex, a CSV without a label column),
/// so that the row carries the position only. Kept when an import is undone: it describes the source's categories,
/// not values, and the report only shows categories that have values.
/// </summary>
public sealed class BreakdownCategory
{
    /// <summary>The measure's id in the strategy definition.</summary>
    public required string MeasureId { get; set; }

    /// <summary>The breakdown's name (<c>sex</c>, <c>age</c> …), as in <see cref="BreakdownKey"/>.</summary>
    public required string Breakdown { get; set; }

    /// <summary>The category as stored in the breakdown key (<c>women</c>, <c>100+10</c>).</summary>
    public required string Code { get; set; }

    /// <summary>The language of <see cref="Label"/> (<c>sv</c>, <c>en</c>, <c>no</c>), or empty when the source does not say.</summary>
    public required string Language { get; set; }

    /// <summary>The source's label in <see cref="Language"/>; null when the source gives none.</summary>
    public string? Label { get; set; }

    /// <summary>The category's place in the source's own order, from 0.</summary>
    public int Position { get; set; }

    /// <summary>
    /// When an import last wrote or changed this row (UTC). The newest is part of <see cref="Data.StoreVersion"/>: an import
    /// that changes only labels or order stores no batch, and the pages and answers kept per version must still follow it.
    /// </summary>
    public DateTime StoredAtUtc { get; set; }
}
