namespace Riktning.Web.Features.Shared;

/// <summary>A group of checkboxes for the <c>_Choices</c> partial; errors come from ModelState under <see cref="Name"/>.</summary>
public sealed record Choices(string Name, string Legend, IReadOnlyList<KeyValuePair<string, string>> Options, IReadOnlyCollection<string> Selected)
{
    public string? Hint { get; init; }

    /// <summary>The fieldset's id, as the error summary links to it; by default derived from the name.</summary>
    public string Id { get; init; } = FormField.IdOf(Name);
}
