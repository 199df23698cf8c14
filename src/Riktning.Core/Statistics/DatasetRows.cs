namespace Riktning.Statistics;

/// <summary>
/// Turns a parsed table into observation rows for one measure, translating region, sex and period codes.
/// Pure. Every code is translated once per category before the cells are walked, and every problem (an unknown
/// dimension, category or region code, a dimension left unmapped) is raised before the first row is produced.
/// </summary>
public static class DatasetRows
{
    public static IEnumerable<ObservationRow> From(StatisticsDataset dataset, ImportMapping mapping)
    {
        var plan = Plan(dataset, mapping);
        return Rows(dataset, plan);
    }

    /// <summary>
    /// The region codes of the table that are left out, each with the reason: SSB's aggregates and special codes (see
    /// <see cref="NorwegianRegionCodes.WhyNotARegion"/>) and the codes the mapping leaves out by name (<c>-</c>). Every
    /// other code is mapped, or the import is refused at it.
    /// </summary>
    public static IReadOnlyList<LeftOutRegion> LeftOut(StatisticsDataset dataset, ImportMapping mapping) => Plan(dataset, mapping).LeftOut;

    private static IEnumerable<ObservationRow> Rows(StatisticsDataset dataset, RowPlan plan)
    {
        var count = dataset.Dimensions.Count;
        var indexes = new int[count];
        var breakdowns = new Dictionary<long, string>();
        foreach (var cell in dataset.Cells)
        {
            dataset.GetCategoryIndexes(cell.Ordinal, indexes);
            if (!plan.Keep(indexes))
            {
                continue;
            }

            var region = plan.RegionIndex < 0 ? plan.FixedRegion! : plan.RegionKeys[indexes[plan.RegionIndex]];
            if (region is null)
            {
                continue;
            }

            var period = plan.Periods[indexes[plan.TimeIndex]];
            yield return new ObservationRow(region, period, plan.Breakdown(indexes, breakdowns), cell.Value, cell.Status, cell.Flags);
        }
    }

    private static RowPlan Plan(StatisticsDataset dataset, ImportMapping mapping)
    {
        var source = dataset.Source;
        int Find(string code, string role)
        {
            for (var i = 0; i < dataset.Dimensions.Count; i++)
            {
                if (string.Equals(dataset.Dimensions[i].Code, code, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            throw new ImportFormatException(
                $"{source}: the mapping names {role} dimension '{code}', but the table has only {string.Join(", ", dataset.Dimensions.Select(d => d.Code))}");
        }

        int ByRole(DimensionRole role, string what) =>
            dataset.Dimensions.Select((d, i) => (d, i)).Where(x => x.d.Role == role).Select(x => x.i).DefaultIfEmpty(-1).First() is var index and >= 0
                ? index
                : throw new ImportFormatException($"{source}: no {what} dimension; name it in the mapping");

        var timeIndex = mapping.TimeDimension is { } time ? Find(time, "time") : ByRole(DimensionRole.Time, "time");
        var regionIndex = mapping.RegionDimension is { } region ? Find(region, "region")
            : mapping.FixedRegion is not null ? -1
            : ByRole(DimensionRole.Geo, "region");

        var used = new HashSet<int> { timeIndex };
        string?[] regionKeys = [];
        var leftOut = new List<LeftOutRegion>();
        if (regionIndex >= 0)
        {
            used.Add(regionIndex);
            var dimension = dataset.Dimensions[regionIndex];
            regionKeys = [.. dimension.Categories.Select(c =>
            {
                if (mapping.RegionCodes.TryGetValue(c.Code, out var mapped))
                {
                    if (mapped == "-")
                    {
                        leftOut.Add(new LeftOutRegion(c.Code, c.Label, "left out by the definition (mapping.regionCodes)"));
                        return null;
                    }

                    return mapped;
                }

                if (mapping.Regions == RegionCodeSystem.Norwegian && NorwegianRegionCodes.WhyNotARegion(c.Code, c.Label) is { } why)
                {
                    leftOut.Add(new LeftOutRegion(c.Code, c.Label, why));
                    return null;
                }

                return (mapping.Regions == RegionCodeSystem.Swedish ? SwedishRegionCodes.ToKey(c.Code) : NorwegianRegionCodes.ToKey(c.Code))
                    ?? throw new ImportFormatException(mapping.Regions == RegionCodeSystem.Swedish
                        ? $"{source}: dimension '{dimension.Code}' category '{c.Code}' ({c.Label}) is not a known swedish region code"
                        : $"{source}: dimension '{dimension.Code}' category '{c.Code}' ({c.Label}) is not a Norwegian fylke (2 digits) or kommune (4 digits) code");
            })];
        }

        var breakdownDimensions = new List<(string Name, int Index, string?[] Values)>();
        foreach (var (name, code) in mapping.Breakdowns.OrderBy(b => b.Key, StringComparer.Ordinal))
        {
            var index = Find(code, name);
            used.Add(index);
            var dimension = dataset.Dimensions[index];
            // The total category carries no breakdown: it is the same series as a table without the dimension.
            string?[] values = [.. dimension.Categories.Select(c =>
                string.Equals(c.Code, dimension.TotalCode, StringComparison.Ordinal) ? null
                : name == "sex" ? SexCodes.Translate(c.Code) is { } sex ? sex == SexCodes.Total ? null : sex
                    : throw new ImportFormatException($"{source}: dimension '{dimension.Code}' category '{c.Code}' ({c.Label}) is not a known sex code")
                : c.Code)];
            breakdownDimensions.Add((name, index, values));
        }

        var filters = new List<(int Index, int Category)>();
        foreach (var (code, category) in mapping.Filters)
        {
            var index = Find(code, "filter");
            var categoryIndex = dataset.Dimensions[index].IndexOf(category);
            if (categoryIndex < 0)
            {
                throw new ImportFormatException($"{source}: dimension '{code}' has no category '{category}' to filter on");
            }

            used.Add(index);
            filters.Add((index, categoryIndex));
        }

        for (var i = 0; i < dataset.Dimensions.Count; i++)
        {
            if (!used.Contains(i) && dataset.Dimensions[i].Categories.Count > 1)
            {
                throw new ImportFormatException(
                    $"{source}: dimension '{dataset.Dimensions[i].Code}' has {dataset.Dimensions[i].Categories.Count} categories but is neither a breakdown nor filtered to one; each cell must be one observation");
            }
        }

        var periods = dataset.Dimensions[timeIndex].Categories.Select(c => c.Code).ToArray();
        return new RowPlan(timeIndex, regionIndex, regionKeys, mapping.FixedRegion, periods, breakdownDimensions, filters) { LeftOut = leftOut };
    }

    private sealed record RowPlan(
        int TimeIndex,
        int RegionIndex,
        string?[] RegionKeys,
        string? FixedRegion,
        string[] Periods,
        List<(string Name, int Index, string?[] Values)> BreakdownDimensions,
        List<(int Index, int Category)> Filters)
    {
        public IReadOnlyList<LeftOutRegion> LeftOut { get; init; } = [];

        public bool Keep(int[] indexes)
        {
            foreach (var (index, category) in Filters)
            {
                if (indexes[index] != category)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The breakdown text for this combination of categories, built once per combination.</summary>
        public string Breakdown(int[] indexes, Dictionary<long, string> cache)
        {
            if (BreakdownDimensions.Count == 0)
            {
                return BreakdownKey.Total;
            }

            long combination = 0;
            foreach (var (_, index, values) in BreakdownDimensions)
            {
                combination = (combination * values.Length) + indexes[index];
            }

            if (!cache.TryGetValue(combination, out var key))
            {
                key = BreakdownKey.Format(BreakdownDimensions
                    .Where(b => b.Values[indexes[b.Index]] is not null)
                    .Select(b => KeyValuePair.Create(b.Name, b.Values[indexes[b.Index]]!)));
                cache[combination] = key;
            }

            return key;
        }
    }
}

/// <summary>A region code of a table that was not imported, with its label and the reason.</summary>
public sealed record LeftOutRegion(string Code, string Label, string Reason)
{
    public override string ToString() => $"region code '{Code}' ({Label}) left out: {Reason}";
}
