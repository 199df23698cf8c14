using Riktning.Importing;

namespace Riktning.Analysis;

/// <summary>One figure of a report table; <see cref="Value"/> is null when the source gave a status instead of a number.</summary>
public readonly record struct ReportCell(double? Value, ValueStatus Status);
