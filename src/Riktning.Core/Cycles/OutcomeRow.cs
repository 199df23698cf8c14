namespace Riktning.Cycles;

/// <summary>An outcome with the meeting and cycle it was recorded at.</summary>
public sealed record OutcomeRow(MeetingOutcome Outcome, int CycleYear, MeetingKind MeetingKind, DateOnly MeetingDate);
