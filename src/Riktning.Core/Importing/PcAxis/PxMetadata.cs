namespace Riktning.Importing.PcAxis;

/// <summary>The header keywords of a PC-Axis file, looked up by name, language and sub-keys.</summary>
internal sealed class PxMetadata
{
    private readonly Dictionary<string, PxKeyword> _keywords = new(StringComparer.Ordinal);

    public PxMetadata(IEnumerable<PxKeyword> keywords)
    {
        foreach (var keyword in keywords)
        {
            // The first occurrence wins; some writers repeat LANGUAGES with the same content.
            _keywords.TryAdd(Key(keyword.Name, keyword.Language, keyword.SubKeys), keyword);
            All.Add(keyword);
        }
    }

    public List<PxKeyword> All { get; } = [];

    public PxKeyword? Find(string name, string? language, params IReadOnlyList<string> subKeys) =>
        _keywords.GetValueOrDefault(Key(name, language, subKeys));

    public string? Text(string name, string? language = null, params IReadOnlyList<string> subKeys) =>
        Find(name, language, subKeys) is { Values.Count: > 0 } keyword ? string.Concat(keyword.Values) : null;

    public IReadOnlyList<string>? List(string name, string? language = null, params IReadOnlyList<string> subKeys) =>
        Find(name, language, subKeys)?.Values;

    private static string Key(string name, string? language, IReadOnlyList<string> subKeys) =>
        $"{name}[{language}]({string.Join('\u001F', subKeys)})";
}
