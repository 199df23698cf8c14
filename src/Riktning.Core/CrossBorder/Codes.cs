namespace Riktning.CrossBorder;

/// <summary>The kebab-case spelling of enum values in files, forms and URLs (<c>study-visit</c>, <c>interreg-sweden-norway</c>).</summary>
public static class Codes
{
    public static string Format<TEnum>(TEnum value) where TEnum : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    public static bool TryParse<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Format(candidate), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    public static IReadOnlyList<string> All<TEnum>() where TEnum : struct, Enum => [.. Enum.GetValues<TEnum>().Select(Format)];

    /// <summary>Splits a multi-valued cell at ';' (files) and trims; empty parts are dropped.</summary>
    public static IReadOnlyList<string> SplitList(string? text) =>
        text is null ? [] : [.. text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    public static string JoinList(IEnumerable<string> values) => string.Join(";", values);
}
