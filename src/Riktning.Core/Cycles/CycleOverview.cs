namespace Riktning.Cycles;

/// <summary>Everything the cycle page shows: the cycle, its meetings with documents and outcomes, the call and the answers.</summary>
public sealed record CycleOverview(
    AnnualCycle Cycle,
    IReadOnlyList<CycleMeeting> Meetings,
    IReadOnlyList<MeetingDocument> Documents,
    IReadOnlyList<MeetingOutcome> Outcomes,
    InputCall? Call,
    IReadOnlyList<InputAnswer> Answers,
    IReadOnlyList<OutcomeRow> PreviousOutcomes);
