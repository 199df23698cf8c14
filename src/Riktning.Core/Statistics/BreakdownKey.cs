using System.Text;

namespace Riktning.Statistics;

/// <summary>
/// The canonical text of a breakdown: <c>name=value</c> pairs sorted by name and joined with ';'
/// (<c>age=20-64;sex=women</c>); the empty string is the total. One spelling, so a breakdown is one series.
/// </summary>
public static class BreakdownKey
{
    /// <summary>The stored key of the total: no breakdown.</summary>
    public const string Total = "";

    /// <summary>
    /// How the total is written wherever a person or a file names it: report choices, the API's <c>breakdown=</c>, downloads,
    /// the <c>sex</c> category of uploads and Kolada. <see cref="Name"/> and <see cref="FromName"/> translate.
    /// </summary>
    public const string TotalName = "total";

    /// <summary>The written name of a stored key: <see cref="TotalName"/> for the total, the key itself otherwise.</summary>
    public static string Name(string key) => key.Length == 0 ? TotalName : key;

    /// <summary>The stored key of a written name: <see cref="Total"/> for <see cref="TotalName"/>, the name itself otherwise.</summary>
    public static string FromName(string name) => name == TotalName ? Total : name;

    public static string Format(IEnumerable<KeyValuePair<string, string>> parts)
    {
        var builder = new StringBuilder();
        foreach (var (name, value) in parts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (builder.Length > 0)
            {
                builder.Append(';');
            }

            builder.Append(name).Append('=').Append(value);
        }

        return builder.ToString();
    }

    public static IReadOnlyDictionary<string, string> Parse(string key) =>
        key.Length == 0
            ? new Dictionary<string, string>()
            : key.Split(';').Select(part => part.Split('=', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
}
