namespace Riktning.Strategy;

/// <summary>
/// The strategy's cross-cutting lists that plans, interventions and cross-border projects can be linked to besides
/// goals; spelled in URLs in kebab case plural (<c>keys-for-change</c>, <c>smart-specialisations</c>, <c>missions</c>).
/// </summary>
public enum ThemeKind
{
    KeyForChange,
    SmartSpecialisation,
    Mission,
}
