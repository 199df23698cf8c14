namespace Riktning.Cycles;

/// <summary>What a meeting concluded; spelled in kebab case (<c>concentrated-effort</c>).</summary>
public enum OutcomeKind
{
    Observation,

    /// <summary>An area where the actors concentrate their effort (kraftsamling) in the short term.</summary>
    ConcentratedEffort,

    ConditionToStrengthen,

    SharedLearning,

    Decision,
}
