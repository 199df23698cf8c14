namespace Riktning.Cycles;

/// <summary>
/// An organisation's answer as typed. The per-item dictionaries are keyed by <c>plan-5</c> or <c>intervention-7</c>
/// (<see cref="ItemKey"/>); an item without a status is not reported.
/// </summary>
public sealed class AnswerFields
{
    public string? Needs { get; set; }

    /// <summary>not-started, on-track, delayed, at-risk or completed.</summary>
    public Dictionary<string, string?> Statuses { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, string?> FollowUps { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, string?> ItemNeeds { get; set; } = new(StringComparer.Ordinal);

    public static string ItemKey(int? planId, int? interventionId) =>
        planId is { } plan ? "plan-" + plan.ToString(System.Globalization.CultureInfo.InvariantCulture) : "intervention-" + interventionId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
