namespace Riktning.Strategy;

/// <summary>The background variables the strategy asks every indicator to be broken down by, where possible.</summary>
public enum Breakdown
{
    Sex,
    Age,
    Place,
    BirthCountry,
    Education,
}
