namespace Riktning.Web.Features.Shared;

/// <summary>
/// One labelled form control for the <c>_Field</c> partial, which links its error (from ModelState under
/// <see cref="Name"/>) and hint with aria-describedby. <see cref="Type"/> is an input type, <c>textarea</c> or <c>select</c>.
/// </summary>
public sealed record FormField(string Name, string Label, string? Value, string Type = "text")
{
    public string? Autocomplete { get; init; }

    public string? Hint { get; init; }

    public bool Required { get; init; }

    /// <summary>For <c>select</c>: (value, text) pairs; an empty value is the "choose" line.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Options { get; init; } = [];

    public string Id => IdOf(Name);

    /// <summary>The element id for a field name, as the error summary links to it.</summary>
    public static string IdOf(string name) => name.Replace('.', '_').Replace('[', '_').Replace(']', '_');
}
