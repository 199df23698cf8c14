namespace Riktning.CrossBorder;

/// <summary>One page of matching projects and how many match in all.</summary>
public sealed record ProjectPage(IReadOnlyList<CrossBorderProject> Items, int Total, int Page, int PageSize)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
