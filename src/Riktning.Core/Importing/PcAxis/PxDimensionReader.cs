namespace Riktning.Importing.PcAxis;

/// <summary>
/// Builds the dimensions of a PC-Axis table: STUB then HEADING give the order (the data runs through the stub variables
/// outermost and the heading variables innermost), VALUES the labels, CODES the codes (the label when absent),
/// VARIABLECODE the dimension code, TIMEVAL or VARIABLE-TYPE "T" the time variable, MAP the geography, CONTVARIABLE the
/// contents, ELIMINATION the total.
/// </summary>
internal static class PxDimensionReader
{
    public static DatasetDimension[] Read(PxLanguageView view, string source)
    {
        var defaultNames = Concat(view.DefaultList("STUB"), view.DefaultList("HEADING"));
        var localNames = Concat(view.List("STUB"), view.List("HEADING"));
        if (defaultNames.Count == 0)
        {
            throw new ImportFormatException($"{source}: the file has neither STUB nor HEADING, so its data has no dimensions.");
        }

        if (localNames.Count != defaultNames.Count)
        {
            throw new ImportFormatException($"{source}: STUB and HEADING name {localNames.Count} variables in the chosen language but {defaultNames.Count} in the default one.");
        }

        var contents = view.Text("CONTVARIABLE");
        var dimensions = new DatasetDimension[defaultNames.Count];
        for (var i = 0; i < dimensions.Length; i++)
        {
            dimensions[i] = ReadOne(view, localNames[i], defaultNames[i], contents, source);
        }

        return dimensions;
    }

    private static DatasetDimension ReadOne(PxLanguageView view, string local, string name, string? contents, string source)
    {
        var labels = view.List("VALUES", local, name)
            ?? throw new ImportFormatException($"{source}: variable '{local}' has no VALUES.");
        var codes = view.List("CODES", local, name) ?? labels;
        if (codes.Count != labels.Count)
        {
            throw new ImportFormatException($"{source}: variable '{local}' has {labels.Count} VALUES but {codes.Count} CODES.");
        }

        var categories = new DatasetCategory[labels.Count];
        for (var i = 0; i < categories.Length; i++)
        {
            categories[i] = new DatasetCategory(codes[i], labels[i]);
        }

        return new DatasetDimension(view.Text("VARIABLECODE", local, name) ?? name, local, Role(view, local, name, contents), categories)
        {
            TotalCode = TotalCode(view.Text("ELIMINATION", local, name), labels, codes),
        };
    }

    private static DimensionRole Role(PxLanguageView view, string local, string name, string? contents)
    {
        var type = view.Text("VARIABLE-TYPE", local, name);
        if (view.List("TIMEVAL", local, name) is not null || string.Equals(type, "T", StringComparison.OrdinalIgnoreCase))
        {
            return DimensionRole.Time;
        }

        if (string.Equals(contents, local, StringComparison.Ordinal) || string.Equals(contents, name, StringComparison.Ordinal))
        {
            return DimensionRole.Metric;
        }

        return view.List("MAP", local, name) is not null || string.Equals(type, "G", StringComparison.OrdinalIgnoreCase)
            ? DimensionRole.Geo
            : DimensionRole.Other;
    }

    /// <summary>ELIMINATION is YES or NO, or the VALUES text of the total; we want the total's code.</summary>
    private static string? TotalCode(string? elimination, IReadOnlyList<string> labels, IReadOnlyList<string> codes)
    {
        if (elimination is null)
        {
            return null;
        }

        for (var i = 0; i < labels.Count; i++)
        {
            if (string.Equals(labels[i], elimination, StringComparison.Ordinal))
            {
                return codes[i];
            }
        }

        return null;
    }

    private static List<string> Concat(IReadOnlyList<string>? stub, IReadOnlyList<string>? heading) => [.. stub ?? [], .. heading ?? []];
}
