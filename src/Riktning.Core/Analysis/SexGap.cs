namespace Riktning.Analysis;

/// <summary>Women's and men's values and the gap between them; the gap is women − men, the ratio women / men.</summary>
public sealed record SexGap(double? Women, double? Men)
{
    public double? Gap => Women - Men;

    /// <summary>Null when either value is missing or men's is 0.</summary>
    public double? Ratio => Women is { } w && Men is { } m && m != 0 ? w / m : null;
}
