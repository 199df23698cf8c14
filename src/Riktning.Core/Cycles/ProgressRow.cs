using Riktning.Plans;

namespace Riktning.Cycles;

/// <summary>An intervention with its progress report for one cycle year; <see cref="Report"/> is null when it has none.</summary>
public sealed record ProgressRow(int InterventionId, string Key, string Name, int OrganisationId, InterventionStatus Status, ProgressReport? Report);
