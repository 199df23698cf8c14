namespace Riktning.Importing.PxWeb;

/// <summary>A page of a PxWebApi 2 <c>/tables</c> answer and where it sits in the whole listing.</summary>
public sealed record PxWebApi2TablesPage(int PageNumber, int PageSize, int TotalElements, int TotalPages, IReadOnlyList<PxWebApi2Table> Tables)
{
    /// <summary>There are pages after this one.</summary>
    public bool HasNextPage => PageNumber < TotalPages;
}
