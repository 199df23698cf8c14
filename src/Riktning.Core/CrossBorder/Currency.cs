namespace Riktning.CrossBorder;

/// <summary>The currencies budgets are stated in. Budgets are never converted; statistics are, with a dated rate (<see cref="ExchangeRates"/>).</summary>
public enum Currency
{
    Sek,
    Nok,
    Eur,
}
