namespace Riktning.Importing;

/// <summary>A variable of a dataset, its categories in data order.</summary>
public sealed record DatasetDimension(string Code, string Label, DimensionRole Role, IReadOnlyList<DatasetCategory> Categories)
{
    /// <summary>The category that is the total over this dimension (PC-Axis ELIMINATION, json-stat eliminationValueCode), if the source names one.</summary>
    public string? TotalCode { get; init; }

    /// <summary>The position of a category code, or -1.</summary>
    public int IndexOf(string code)
    {
        // Linear on purpose: dimensions hold at most a few hundred categories, and a record keeps no lookup cache out of its equality.
        for (var i = 0; i < Categories.Count; i++)
        {
            if (string.Equals(Categories[i].Code, code, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
