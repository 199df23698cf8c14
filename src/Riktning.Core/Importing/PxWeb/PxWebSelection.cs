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
}
