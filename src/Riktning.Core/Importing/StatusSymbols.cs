namespace Riktning.Importing;

/// <summary>
/// The missing-value symbols SCB and SSB print in place of a number, shared by json-stat <c>status</c> and PC-Axis.
/// <list type="bullet">
/// <item><c>..</c>: SCB "uppgift inte tillgänglig eller för osäker", SSB "tallgrunnlag mangler" → Missing.</item>
/// <item><c>...</c>: SSB "oppgave mangler" (not yet reported) → Missing. Longer runs of dots carry no agreed meaning → Missing.</item>
/// <item><c>.</c>: SCB "uppgift kan inte förekomma", SSB "lar seg ikke føre opp" → NotApplicable.</item>
/// <item><c>:</c>: SSB "vises ikke av konfidensialitetshensyn" → Confidential.</item>
/// <item><c>-</c>: "noll, inget att redovisa" / "null" → Nil, still without a number.</item>
/// <item><c>*</c>, <c>p</c>: preliminary figures → Provisional.</item>
/// </list>
/// </summary>
public static class StatusSymbols
{
    /// <summary>The status of a known symbol, or null for text that is not one.</summary>
    public static ValueStatus? Find(ReadOnlySpan<char> symbol)
    {
        symbol = symbol.Trim();
        return symbol switch
        {
            "." => ValueStatus.NotApplicable,
            ":" => ValueStatus.Confidential,
            "-" => ValueStatus.Nil,
            "*" or "p" or "P" => ValueStatus.Provisional,
            _ when symbol.Length >= 2 && !symbol.ContainsAnyExcept('.') => ValueStatus.Missing,
            _ => null,
        };
    }
}
