namespace Riktning.Analysis;

/// <summary>
/// The over-time table as an index: every column's figures divided by its own figure in one base period, times 100, so
/// regions of different size are compared by how they changed, not by how big they are. Pure.
/// </summary>
public static class IndexSeries
{
    /// <summary>
    /// Indexes <paramref name="rows"/> on the base period: the first period in or after <paramref name="baselineYear"/> in
    /// which the first column (the region) has a number, else its first period with one. A column without a number (or
    /// with 0) in the base period has no index; a cell that holds a status instead of a number keeps it. The base is null,
    /// and the rows are returned as they are, when the region has no number at all.
    /// </summary>
    public static (string? Base, IReadOnlyList<PeriodRow> Rows) Of(IReadOnlyList<PeriodRow> rows, int baselineYear)
    {
        var withNumber = rows.Where(r => r.Cells.Count > 0 && r.Cells[0] is { Value: not null }).ToList();
        var baseRow = withNumber.FirstOrDefault(r => StatisticsPeriod.Year(r.Period) >= baselineYear) ?? withNumber.FirstOrDefault();
        if (baseRow is null)
        {
            return (null, rows);
        }

        var bases = baseRow.Cells.Select(c => c is { Value: { } v } && v != 0 ? v : (double?)null).ToList();
        var indexed = rows.Select(r => new PeriodRow(r.Period, [.. r.Cells.Select((cell, i) => cell is not { } c ? null
            : c.Value is null ? c
            : bases[i] is { } b ? c with { Value = c.Value.Value / b * 100 }
            : (ReportCell?)null)])).ToList();
        return (baseRow.Period, indexed);
    }
}
