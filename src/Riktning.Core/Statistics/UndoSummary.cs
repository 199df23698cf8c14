namespace Riktning.Statistics;

/// <summary>What undoing a batch did: the values put back as they were and the values removed (those it had added).</summary>
public sealed record UndoSummary(int BatchId, int UndoBatchId, string? MeasureId, int Restored, int Removed);
