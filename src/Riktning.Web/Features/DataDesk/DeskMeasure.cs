namespace Riktning.Web.Features.DataDesk;

/// <summary>One row of the data desk: a measure, its data and what last happened to it.</summary>
public sealed record DeskMeasure(Measure Measure, MeasureDataStatus? Status, ImportBatch? LastBatch, RefreshOutcome? LastRefresh);
