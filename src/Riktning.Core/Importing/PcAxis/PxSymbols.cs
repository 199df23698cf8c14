namespace Riktning.Importing.PcAxis;

/// <summary>
/// Turns a PC-Axis data symbol into a status. A file writes missing values as one to six dots or '-', and
/// DATASYMBOL1..6 and DATASYMBOLNIL say what each is shown as, so the displayed symbol carries the meaning:
/// SCB files declare DATASYMBOL1="." and DATASYMBOL2="..", so "." is NotApplicable and ".." Missing; SSB files declare
/// DATASYMBOL1="..", DATASYMBOL2="..." and DATASYMBOL3=":", so "." and ".." are Missing and "..." Confidential.
/// A declared word for a withheld cell ("hidden", "secret", "classified" in PxWeb's examples) makes its dots Confidential;
/// any other declared text ("n.a.", "unknown") leaves the dots to speak for themselves,
/// and the meanings of symbols are those of <see cref="StatusSymbols"/>. '-' is always Nil.
/// </summary>
internal sealed class PxSymbols
{
    private readonly ValueStatus[] _dots = new ValueStatus[7];

    public PxSymbols(Func<int, string?> declaredSymbol)
    {
        for (var n = 1; n <= 6; n++)
        {
            var dots = new string('.', n);
            _dots[n] = (declaredSymbol(n) is { } declared ? Missing(StatusSymbols.Find(declared)) : null)
                ?? Missing(StatusSymbols.Find(dots))
                ?? ValueStatus.Missing;
        }
    }

    /// <summary>The status of a symbol token, or null when it is not a missing-value symbol.</summary>
    public ValueStatus? Find(ReadOnlySpan<char> token)
    {
        if (token is "-")
        {
            return ValueStatus.Nil;
        }

        if (token.Length is >= 1 and <= 6 && !token.ContainsAnyExcept('.'))
        {
            return _dots[token.Length];
        }

        // Some writers put the displayed symbol itself in DATA.
        return Missing(StatusSymbols.Find(token));
    }

    /// <summary>Only statuses without a number can stand in for one.</summary>
    private static ValueStatus? Missing(ValueStatus? status) =>
        status is ValueStatus.Present ? null : status;
}
