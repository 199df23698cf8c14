namespace Riktning.Statistics;

/// <summary>
/// What an analyst says about a file beyond the measure's own mapping: the import verbs' options (<c>--region</c>,
/// <c>--time</c>, <c>--breakdown</c>, <c>--filter</c>, <c>--norwegian</c>, <c>--fixed-region</c>, <c>--language</c>,
/// <c>--source-mismatch-ok</c>) and the data desk's fields of the same names. Unset choices keep the definition's.
/// </summary>
public sealed record MappingChoices
{
    public string? RegionDimension { get; init; }

    public string? TimeDimension { get; init; }

    /// <summary>Breakdown name to the table's dimension code; when any is given they replace the definition's.</summary>
    public IReadOnlyDictionary<string, string> Breakdowns { get; init; } = new Dictionary<string, string>();

    /// <summary>Dimension code to the one category kept; when any is given they replace the definition's.</summary>
    public IReadOnlyDictionary<string, string> Filters { get; init; } = new Dictionary<string, string>();

    public bool Norwegian { get; init; }

    public string? FixedRegion { get; init; }

    /// <summary>The language read from a multilingual PC-Axis file.</summary>
    public string? Language { get; init; }

    /// <summary>Why a file naming another table or KPI is taken all the same (recorded on the batch); null refuses it.</summary>
    public string? MismatchReason { get; init; }

    /// <summary>The measure's declared mapping with these choices put over it.</summary>
    public ImportMapping Apply(ImportMapping declared) => declared with
    {
        RegionDimension = RegionDimension ?? declared.RegionDimension,
        TimeDimension = TimeDimension ?? declared.TimeDimension,
        Breakdowns = Breakdowns.Count > 0 ? Breakdowns : declared.Breakdowns,
        Filters = Filters.Count > 0 ? Filters : declared.Filters,
        Regions = Norwegian ? RegionCodeSystem.Norwegian : declared.Regions,
        FixedRegion = FixedRegion,
    };

    /// <summary>
    /// <c>name=value</c> pairs (the verbs' repeated options, the desk's lines); anything else is refused naming
    /// <paramref name="field"/> and the value.
    /// </summary>
    public static Dictionary<string, string> Pairs(IEnumerable<string>? values, string field)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in values ?? [])
        {
            var parts = value.Split('=', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                throw new Importing.ImportFormatException($"{field}: '{value}' is not name=value");
            }

            pairs[parts[0]] = parts[1];
        }

        return pairs;
    }
}
