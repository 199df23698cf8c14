namespace Riktning.Plans;

/// <summary>Where an intervention's money comes from; spelled in kebab case in files and forms (<c>eu-structural-funds</c>).</summary>
public enum FinancingSource
{
    EuStructuralFunds,
    Interreg,
    State,
    Regional,
    Own,
    Other,
}
