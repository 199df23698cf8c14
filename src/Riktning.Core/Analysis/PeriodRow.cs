namespace Riktning.Analysis;

/// <summary>One period of the over-time table: a cell per column region, null where the region has no figure at all.</summary>
public sealed record PeriodRow(string Period, IReadOnlyList<ReportCell?> Cells);
