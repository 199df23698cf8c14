namespace Riktning.Web.Features.Shared;

/// <summary>
/// One labelled form control for the <c>_Field</c> partial, which links its errors (from ModelState under
/// <see cref="Name"/>) and hint with aria-describedby. <see cref="Type"/> is an input type, <c>textarea</c> or <c>select</c>.
/// </summary>
public sealed record FormField(string Name, string Label, string? Value, string Type = "text")
{
    public string? Autocomplete { get; init; }

    public string? Hint { get; init; }

    public bool Required { get; init; }

    /// <summary>For <c>select</c>: (value, text) pairs; an empty value is the "choose" line.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Options { get; init; } = [];

    /// <summary>For a <c>select</c> that takes several values: the chosen ones (<see cref="Value"/> is then unused).</summary>
    public IReadOnlyCollection<string>? Values { get; init; }

    /// <summary>The input's <c>inputmode</c>: <c>numeric</c> for numbers typed as text.</summary>
    public string? InputMode { get; init; }

    /// <summary>For a <c>file</c> input: the types it accepts.</summary>
    public string? Accept { get; init; }

    /// <summary>The element id, as the error summary links to it; by default derived from the name.</summary>
    public string Id { get; init; } = IdOf(Name);

    /// <summary>The element id for a field name, as the error summary links to it.</summary>
    public static string IdOf(string name) => name.Replace('.', '_').Replace('[', '_').Replace(']', '_');
}
