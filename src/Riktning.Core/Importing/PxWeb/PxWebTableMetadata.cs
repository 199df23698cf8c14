namespace Riktning.Importing.PxWeb;

/// <summary>The answer to a GET on a PxWeb API v1 table: <c>{"title":…,"variables":[…]}</c>.</summary>
public sealed record PxWebTableMetadata(string Title, IReadOnlyList<PxWebVariable> Variables)
{
    /// <summary>The variable with this code, or null.</summary>
    public PxWebVariable? Variable(string code) =>
        Variables.FirstOrDefault(v => string.Equals(v.Code, code, StringComparison.Ordinal));

    /// <summary>The number of cells a query for every value of every variable would return.</summary>
    public long CellCount => Variables.Aggregate(1L, (cells, v) => cells * v.Values.Count);
}
