namespace Riktning.CrossBorder;

/// <summary>The currencies budgets are stated in; amounts are never converted, since the rate would have to be dated.</summary>
public enum Currency
{
    Sek,
    Nok,
    Eur,
}
