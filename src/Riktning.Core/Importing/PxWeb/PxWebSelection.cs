namespace Riktning.Importing.PxWeb;

/// <summary>
/// How a PxWeb API v1 query picks the values of one variable: <c>item</c> (these codes), <c>all</c> (wildcards such as
/// <c>*</c> or <c>039*</c>), <c>top</c> (the last n, as <c>["4"]</c>), <c>vs:&lt;valueset&gt;</c> or
/// <c>agg:&lt;aggregation&gt;</c> (a grouping the table defines), as in SCB's API description and the samples in
/// shared/data/scb/v1.
/// </summary>
public sealed record PxWebSelection(string Filter, IReadOnlyList<string> Values)
{
    public static PxWebSelection Item(params IReadOnlyList<string> codes) => new("item", codes);

    public static PxWebSelection All(string pattern = "*") => new("all", [pattern]);

    public static PxWebSelection Top(int count) =>
        new("top", [count.ToString(System.Globalization.CultureInfo.InvariantCulture)]);

    /// <summary>A value set; <paramref name="codes"/> may stay empty to take the whole set (SCB's <c>vs:RegionRiket99</c>).</summary>
    public static PxWebSelection ValueSet(string name, params IReadOnlyList<string> codes) => new("vs:" + name, codes);

    public static PxWebSelection Aggregation(string name, params IReadOnlyList<string> codes) => new("agg:" + name, codes);

    /// <summary>
    /// A definition's selection of one variable: <c>*</c> alone for all, <c>top:N</c> alone for the last N, anything else
    /// for those codes.
    /// </summary>
    public static PxWebSelection FromCodes(IReadOnlyList<string> codes) => codes switch
    {
        ["*"] => All(),
        [var top] when TopCount(top) is { } n => Top(n),
        _ => Item(codes),
    };

    /// <summary>N of a <c>top:N</c> selection (N at least 1), or null when the text is not one.</summary>
    public static int? TopCount(string code) =>
        code.StartsWith("top:", StringComparison.Ordinal)
        && int.TryParse(code[4..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : null;
}
