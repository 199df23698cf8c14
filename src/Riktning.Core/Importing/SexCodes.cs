namespace Riktning.Importing;

/// <summary>
/// Translates the sources' sex codes into Riktning's: SCB <c>1</c> men, <c>2</c> women, <c>1+2</c> or <c>TotSa</c> total;
/// SSB <c>1</c>, <c>2</c>, <c>0</c> total; Kolada <c>M</c>, <c>K</c>, <c>T</c>. The sources never give one code two
/// meanings, so one table serves them all.
/// </summary>
public static class SexCodes
{
    public const string Women = "women";
    public const string Men = "men";
    public const string Total = Statistics.BreakdownKey.TotalName;

    /// <summary>Riktning's sex for a source code, or null when the code is not one.</summary>
    public static string? Translate(string code)
    {
        var trimmed = code.Trim();
        return trimmed.ToUpperInvariant() switch
        {
            "1" or "M" => Men,
            "2" or "K" => Women,
            "0" or "T" or "1+2" or "TOTSA" or "TOT" => Total,
            _ => null,
        };
    }
}
