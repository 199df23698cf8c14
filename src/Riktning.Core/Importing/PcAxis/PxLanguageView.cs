namespace Riktning.Importing.PcAxis;

/// <summary>
/// The header as seen in one language. Keywords for the default language have no [lang] suffix; others do, and their
/// sub-keys use the variable names of that language (<c>VALUES[sv]("ålder")</c>). What a language does not translate
/// (often CODES, TIMEVAL, VARIABLECODE) is taken from the default language.
/// </summary>
internal sealed class PxLanguageView
{
    private readonly PxMetadata _metadata;
    private readonly string? _language;
    private readonly string? _defaultLanguage;

    public PxLanguageView(PxMetadata metadata, string? requested, string source)
    {
        _metadata = metadata;
        _defaultLanguage = metadata.Text("LANGUAGE");
        var languages = metadata.List("LANGUAGES") ?? [];
        if (requested is null || string.Equals(requested, _defaultLanguage, StringComparison.Ordinal))
        {
            _language = null;
        }
        else if (languages.Contains(requested, StringComparer.Ordinal))
        {
            _language = requested;
        }
        else
        {
            throw new ImportFormatException(
                $"{source}: language '{requested}' is not in the file; it has {string.Join(", ", languages.DefaultIfEmpty(_defaultLanguage ?? "one unnamed language"))}.");
        }
    }

    /// <summary>A keyword without sub-keys, in the chosen language if translated.</summary>
    public IReadOnlyList<string>? List(string name) =>
        (_language is null ? null : _metadata.List(name, _language))
        ?? _metadata.List(name)
        ?? (_defaultLanguage is null ? null : _metadata.List(name, _defaultLanguage));

    public string? Text(string name) => List(name) is { Count: > 0 } values ? string.Concat(values) : null;

    /// <summary>A keyword about a variable, given the variable's name in the chosen and in the default language.</summary>
    public IReadOnlyList<string>? List(string name, string localName, string defaultName) =>
        (_language is null ? null : _metadata.List(name, _language, localName))
        ?? _metadata.List(name, null, defaultName)
        ?? (_defaultLanguage is null ? null : _metadata.List(name, _defaultLanguage, defaultName));

    public string? Text(string name, string localName, string defaultName) =>
        List(name, localName, defaultName) is { Count: > 0 } values ? string.Concat(values) : null;

    /// <summary>A keyword in the default language only, for names that identify rather than describe.</summary>
    public IReadOnlyList<string>? DefaultList(string name) => _metadata.List(name) ?? (_defaultLanguage is null ? null : _metadata.List(name, _defaultLanguage));
}
