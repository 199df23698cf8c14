namespace Riktning.Plans;

/// <summary>How an intervention is judged to affect one of the strategy's perspectives.</summary>
public enum PerspectiveEffect
{
    Neutral,
    Positive,
    Negative,
}
