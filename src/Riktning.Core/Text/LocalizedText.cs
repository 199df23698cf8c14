namespace Riktning.Text;

/// <summary>
/// A text in Swedish with optional Norwegian bokmål and English translations.
/// Swedish is the language of the source documents and is always present.
/// </summary>
public sealed record LocalizedText(string Sv, string? Nb = null, string? En = null)
{
    /// <summary>The languages Riktning speaks, Swedish first.</summary>
    public static readonly IReadOnlyList<string> Languages = ["sv", "nb", "en"];

    /// <summary>The text in <paramref name="language"/>, or Swedish when there is no translation.</summary>
    public LocalizedValue In(string language)
    {
        var translated = language switch
        {
            "nb" => Nb,
            "en" => En,
            _ => null,
        };
        return string.IsNullOrWhiteSpace(translated) ? new LocalizedValue(Sv, "sv") : new LocalizedValue(translated, language);
    }

    /// <summary>The plain text in the current UI culture's language (Swedish when there is no translation).</summary>
    public string InCurrentLanguage() => In(System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName).Text;

    public override string ToString() => Sv;
}

/// <summary>A text and the language it is actually written in (which may differ from the one asked for).</summary>
public readonly record struct LocalizedValue(string Text, string Language);
