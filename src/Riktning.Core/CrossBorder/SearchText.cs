using System.Text;

namespace Riktning.CrossBorder;

/// <summary>
/// Folds text for search: lower case, accents and ring/umlaut marks removed, whitespace collapsed, so that "gransbygd"
/// finds "Gränsbygd" and "ostfold" finds "Østfold" with a plain substring match on every provider (no ILIKE, no collations).
/// </summary>
public static class SearchText
{
    public static string Normalise(params IEnumerable<string?> parts)
    {
        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            if (string.IsNullOrWhiteSpace(part))
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            foreach (var c in part.Normalize(NormalizationForm.FormD))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                {
                    continue;
                }

                var folded = c switch
                {
                    'ø' or 'Ø' => 'o',
                    'æ' or 'Æ' => 'a',
                    _ => char.IsWhiteSpace(c) ? ' ' : char.ToLowerInvariant(c),
                };
                if (folded == ' ' && builder.Length > 0 && builder[^1] == ' ')
                {
                    continue;
                }

                builder.Append(folded);
            }
        }

        return builder.ToString().Trim();
    }
}
