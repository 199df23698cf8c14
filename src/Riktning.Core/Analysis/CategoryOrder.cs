namespace Riktning.Analysis;

/// <summary>
/// The order of a breakdown's categories while the source's own order is not stored: a code that starts with a number
/// (an age group such as <c>20-29</c>, <c>5-9</c>, <c>100+</c>) by that number, so <c>100+</c> comes after <c>90-99</c>
/// and not between <c>10-19</c> and <c>20-29</c>; other codes byte-wise after them.
/// </summary>
public sealed class CategoryOrder : IComparer<string>
{
    public static CategoryOrder Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        var (a, b) = (Leading(x), Leading(y));
        return a is not null && b is not null
            ? a.Value != b.Value ? a.Value.CompareTo(b.Value) : string.CompareOrdinal(x, y)
            : a is not null ? -1
            : b is not null ? 1
            : string.CompareOrdinal(x, y);
    }

    private static long? Leading(string? code)
    {
        if (string.IsNullOrEmpty(code) || !char.IsAsciiDigit(code[0]))
        {
            return null;
        }

        var end = 0;
        while (end < code.Length && end < 18 && char.IsAsciiDigit(code[end]))
        {
            end++;
        }

        return long.Parse(code.AsSpan(0, end), System.Globalization.CultureInfo.InvariantCulture);
    }
}
