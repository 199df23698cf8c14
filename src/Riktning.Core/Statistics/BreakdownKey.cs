using System.Text;

namespace Riktning.Statistics;

/// <summary>
/// The canonical text of a breakdown: <c>name=value</c> pairs sorted by name and joined with ';'
/// (<c>age=20-64;sex=women</c>); the empty string is the total. One spelling, so a breakdown is one series.
/// </summary>
public static class BreakdownKey
{
    public const string Total = "";

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
