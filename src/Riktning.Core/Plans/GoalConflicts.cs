namespace Riktning.Plans;

/// <summary>
/// The strategy asks that conflicts between goals be made visible: an intervention judged good for one perspective
/// and bad for another has mixed effects. This finds those interventions and, over all of them, the pairs of
/// perspectives in tension and the goals the interventions touch. Pure: interventions in, findings out.
/// </summary>
public static class GoalConflicts
{
    public static bool IsMixed(Intervention intervention) =>
        intervention.Perspectives.Any(p => p.Effect == PerspectiveEffect.Positive) && intervention.Perspectives.Any(p => p.Effect == PerspectiveEffect.Negative);

    /// <summary>
    /// Pairs of (a perspective judged positive, a perspective judged negative) in the same intervention, counted over
    /// interventions, most frequent first; the pair is ordered positive → negative.
    /// </summary>
    public static IReadOnlyList<PerspectiveTension> Tensions(IEnumerable<Intervention> interventions) =>
        interventions.Where(IsMixed)
            .SelectMany(i => i.Perspectives.Where(p => p.Effect == PerspectiveEffect.Positive)
                .SelectMany(positive => i.Perspectives.Where(p => p.Effect == PerspectiveEffect.Negative)
                    .Select(negative => (Positive: positive.PerspectiveId, Negative: negative.PerspectiveId, Intervention: i))))
            .GroupBy(x => (x.Positive, x.Negative))
            .Select(g => new PerspectiveTension(
                g.Key.Positive,
                g.Key.Negative,
                g.Select(x => x.Intervention.Id).Distinct().Count(),
                g.SelectMany(x => x.Intervention.GoalIds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()))
            .OrderByDescending(t => t.Interventions)
            .ThenBy(t => t.Positive, StringComparer.Ordinal)
            .ThenBy(t => t.Negative, StringComparer.Ordinal)
            .ToList();
}
