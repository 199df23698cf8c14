namespace Riktning.Importing;

/// <summary>
/// The Eurostat flag letters of a value: b, d, e, p, u from <see cref="ObservationFlags"/> and c from
/// <see cref="ValueStatus.Confidential"/>, in that fixed order, for tables, legends and every export.
/// </summary>
public static class FlagLetters
{
    /// <summary>Every letter in display order, with the flag it stands for (null for c, which is a status).</summary>
    public static IReadOnlyList<(char Letter, ObservationFlags Flag)> All { get; } =
    [
        ('b', ObservationFlags.Break),
        ('d', ObservationFlags.DefinitionDiffers),
        ('e', ObservationFlags.Estimated),
        ('p', ObservationFlags.Provisional),
        ('u', ObservationFlags.LowReliability),
        ('c', ObservationFlags.None),
    ];

    /// <summary>The letters of a value, e.g. <c>"bp"</c>; empty for a plain figure.</summary>
    public static string Of(ValueStatus status, ObservationFlags flags)
    {
        if (flags == ObservationFlags.None)
        {
            return status == ValueStatus.Confidential ? "c" : "";
        }

        Span<char> letters = stackalloc char[6];
        var count = 0;
        foreach (var (letter, flag) in All)
        {
            if (flag == ObservationFlags.None ? status == ValueStatus.Confidential : flags.HasFlag(flag))
            {
                letters[count++] = letter;
            }
        }

        return new string(letters[..count]);
    }

    /// <summary>
    /// Reads flag letters (<c>"bp"</c>, either case) or a flag word (<c>provisional</c>, <c>estimated</c>...). Returns null
    /// when the text holds anything else; <paramref name="confidential"/> tells whether a c was among them.
    /// </summary>
    public static ObservationFlags? Parse(ReadOnlySpan<char> text, out bool confidential)
    {
        confidential = false;
        text = text.Trim();
        if (text.IsEmpty)
        {
            return null;
        }

        if (Word(text) is { } word)
        {
            return word;
        }

        var flags = ObservationFlags.None;
        foreach (var c in text)
        {
            switch (char.ToLowerInvariant(c))
            {
                case 'b': flags |= ObservationFlags.Break; break;
                case 'd': flags |= ObservationFlags.DefinitionDiffers; break;
                case 'e': flags |= ObservationFlags.Estimated; break;
                case 'p' or '*': flags |= ObservationFlags.Provisional; break;
                case 'u': flags |= ObservationFlags.LowReliability; break;
                case 'c': confidential = true; break;
                default: return null;
            }
        }

        return flags;
    }

    // The words SCB, SSB and PxWeb files write in data symbols and notes for the same flags (sv, nb, en).
    private static ObservationFlags? Word(ReadOnlySpan<char> text)
    {
        Span<char> lower = stackalloc char[Math.Min(text.Length, 32)];
        if (text.Length > lower.Length)
        {
            return null;
        }

        text.ToLowerInvariant(lower);
        return lower switch
        {
            "provisional" or "preliminary" or "preliminär" or "preliminärt" or "foreløpig" or "foreløpige tall" => ObservationFlags.Provisional,
            "estimated" or "estimate" or "uppskattad" or "uppskattat" or "estimert" or "anslag" => ObservationFlags.Estimated,
            "break in series" or "break" or "tidsseriebrott" or "brudd i tidsserien" or "seriebrudd" => ObservationFlags.Break,
            "low reliability" or "osäker" or "låg tillförlitlighet" or "usikker" => ObservationFlags.LowReliability,
            "definition differs" or "definitionen avviker" or "definisjonen avviker" => ObservationFlags.DefinitionDiffers,
            _ => null,
        };
    }
}
