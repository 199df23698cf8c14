namespace Riktning.CrossBorder;

/// <summary>The public list's filters; every one optional. <see cref="Page"/> counts from 1.</summary>
public sealed record ProjectQuery
{
    public string? Text { get; init; }
    public string? CooperationArea { get; init; }
    public string? BusinessArea { get; init; }
    public string? Recommendation { get; init; }
    public string? Region { get; init; }
    public ProjectStatus? Status { get; init; }
    public int? Year { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
}
