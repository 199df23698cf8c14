namespace Riktning.Web.Features.Interventions;

/// <summary>A group of checkboxes for the <c>_Choices</c> partial; errors come from ModelState under <see cref="Name"/>.</summary>
public sealed record Choices(string Name, string Legend, IReadOnlyList<KeyValuePair<string, string>> Options, IReadOnlyCollection<string> Selected);
