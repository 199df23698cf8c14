namespace Riktning.Importing;

/// <summary>
/// The missing-value symbols SCB and SSB print in place of a number, shared by json-stat <c>status</c> and PC-Axis.
/// <list type="bullet">
/// <item><c>..</c>: SCB "uppgift inte tillgänglig eller för osäker", SSB "tallgrunnlag mangler" → Missing.</item>
/// <item><c>...</c>: SSB "oppgave mangler" (not yet reported) → Missing. Longer runs of dots carry no agreed meaning → Missing.</item>
/// <item><c>.</c>: SCB "uppgift kan inte förekomma", SSB "lar seg ikke føre opp" → NotApplicable.</item>
/// <item><c>:</c>, <c>c</c> and the words PxWeb files declare for withheld cells ("hidden", "secret", "classified") → Confidential.</item>
/// <item><c>-</c>: "noll, inget att redovisa" / "null" → Nil, still without a number.</item>
/// </list>
/// Preliminary and the other Eurostat flags are not statuses but <see cref="ObservationFlags"/>; <see cref="Read"/> takes
/// a symbol, flag letters or both (<c>"..b"</c>, <c>"ep"</c>).
/// </summary>
public static class StatusSymbols
{
    /// <summary>The status of a known missing-value symbol, or null for text that is not one.</summary>
    public static ValueStatus? Find(ReadOnlySpan<char> symbol)
    {
        symbol = symbol.Trim();
        return symbol switch
        {
            "." => ValueStatus.NotApplicable,
            ":" => ValueStatus.Confidential,
            "-" => ValueStatus.Nil,
            _ when symbol.Length >= 2 && !symbol.ContainsAnyExcept('.') => ValueStatus.Missing,
            _ when IsConfidentialWord(symbol) => ValueStatus.Confidential,
            _ => null,
        };
    }

    /// <summary>
    /// A status text as json-stat <c>status</c> or a CSV column writes it: a missing-value symbol, flag letters, or a symbol
    /// followed by letters. Null when the text is neither; the status is null when the text only gives flags.
    /// </summary>
    public static (ValueStatus? Status, ObservationFlags Flags)? Read(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (Find(text) is { } status)
        {
            return (status, ObservationFlags.None);
        }

        var symbolEnd = text.IndexOfAnyExcept(".:-");
        if (symbolEnd > 0 && Find(text[..symbolEnd]) is { } symbol && FlagLetters.Parse(text[symbolEnd..], out _) is { } afterSymbol)
        {
            return (symbol, afterSymbol);
        }

        if (FlagLetters.Parse(text, out var confidential) is { } flags)
        {
            return (confidential ? ValueStatus.Confidential : null, flags);
        }

        return null;
    }

    private static bool IsConfidentialWord(ReadOnlySpan<char> text) =>
        text.Equals("hidden", StringComparison.OrdinalIgnoreCase) || text.Equals("secret", StringComparison.OrdinalIgnoreCase)
        || text.Equals("classified", StringComparison.OrdinalIgnoreCase) || text.Equals("confidential", StringComparison.OrdinalIgnoreCase)
        || text.Equals("sekretess", StringComparison.OrdinalIgnoreCase) || text.Equals("konfidensiell", StringComparison.OrdinalIgnoreCase);
}
