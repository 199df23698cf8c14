using Riktning.Plans;

namespace Riktning.Core.Tests.Plans;

public sealed class GoalConflictsTests
{
    private static Intervention Make(int id, string[] goals, params (string Perspective, PerspectiveEffect Effect)[] effects) => new()
    {
        Id = id,
        Key = $"i{id}",
        Name = $"Intervention {id}",
        GoalIds = [.. goals],
        Perspectives = effects.Select(e => new PerspectiveAssessment(e.Perspective, e.Effect, e.Effect == PerspectiveEffect.Neutral ? null : "why")).ToList(),
    };

    [Fact]
    public void IsMixed_PositiveAndNegative_True_OtherwiseFalse()
    {
        Assert.True(GoalConflicts.IsMixed(Make(1, [], ("a", PerspectiveEffect.Positive), ("b", PerspectiveEffect.Negative))));
        Assert.False(GoalConflicts.IsMixed(Make(2, [], ("a", PerspectiveEffect.Positive), ("b", PerspectiveEffect.Positive), ("c", PerspectiveEffect.Neutral))));
        Assert.False(GoalConflicts.IsMixed(Make(3, [], ("a", PerspectiveEffect.Negative))));
        Assert.False(GoalConflicts.IsMixed(Make(4, [])));
    }

    [Fact]
    public void Tensions_CountsPairsOverMixedInterventionsWithTheirGoals()
    {
        var interventions = new[]
        {
            Make(1, ["g1"], ("jamstalldhet", PerspectiveEffect.Positive), ("klimat", PerspectiveEffect.Negative)),
            Make(2, ["g2", "g1"], ("jamstalldhet", PerspectiveEffect.Positive), ("klimat", PerspectiveEffect.Negative), ("barn", PerspectiveEffect.Negative)),
            Make(3, ["g3"], ("jamstalldhet", PerspectiveEffect.Positive), ("barn", PerspectiveEffect.Positive)),
        };

        var tensions = GoalConflicts.Tensions(interventions);

        Assert.Equal(2, tensions.Count);
        Assert.Equal(("jamstalldhet", "klimat", 2), (tensions[0].Positive, tensions[0].Negative, tensions[0].Interventions));
        Assert.Equal(["g1", "g2"], tensions[0].GoalIds);
        Assert.Equal(("jamstalldhet", "barn", 1), (tensions[1].Positive, tensions[1].Negative, tensions[1].Interventions));
        Assert.Equal(["g1", "g2"], tensions[1].GoalIds);
    }
}
