namespace Riktning.Bench;

/// <summary>Today's Swedish municipalities from the shipped <c>regions/se.csv</c>, as code and county.</summary>
internal static class SwedishRegions
{
    public static IReadOnlyList<(string Code, string County)> Municipalities(string root) =>
        File.ReadLines(Path.Combine(root, "regions", "se.csv")).Skip(1)
            .Select(line => line.Split(','))
            .Where(f => f.Length > 6 && string.Equals(f[2], "municipality", StringComparison.Ordinal) && f[6].Length == 0)
            .Select(f => (f[1], f[4]))
            .OrderBy(m => m.Item1, StringComparer.Ordinal)
            .ToList();
}
