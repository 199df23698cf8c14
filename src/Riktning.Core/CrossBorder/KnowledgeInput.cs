namespace Riktning.CrossBorder;

/// <summary>A knowledge-base entry as typed in the form.</summary>
public sealed record KnowledgeInput
{
    public string? Title { get; init; }
    public string? Kind { get; init; }
    public string? Url { get; init; }
    public string? Publisher { get; init; }
    public string? Year { get; init; }
    public string? Language { get; init; }
    public string? Summary { get; init; }
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public IReadOnlyList<string> CooperationAreas { get; init; } = [];
    public string? Owner { get; init; }
}
