namespace Riktning.CrossBorder;

/// <summary>An activity as typed in the form; organiser by organisation key, project by project key.</summary>
public sealed record ActivityInput
{
    public string? Kind { get; init; }
    public string? Title { get; init; }
    public string? Date { get; init; }
    public string? Place { get; init; }
    public string? Organiser { get; init; }
    public string? Project { get; init; }
}
