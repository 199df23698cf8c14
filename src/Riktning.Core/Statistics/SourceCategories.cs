using Riktning.Analysis;

namespace Riktning.Statistics;

/// <summary>
/// The source's own labels and order of a measure's breakdown categories (<see cref="BreakdownCategory"/>): what an
/// import stores, and what the report reads to order and label categories. Pure.
/// </summary>
public sealed class SourceCategories
{
    private readonly Dictionary<(string Breakdown, string Code), int> _positions = [];
    private readonly Dictionary<(string Breakdown, string Code), Dictionary<string, string>> _labels = [];

    public SourceCategories(IEnumerable<BreakdownCategory> rows)
    {
        foreach (var row in rows)
        {
            var key = (row.Breakdown, row.Code);
            _positions[key] = _positions.TryGetValue(key, out var known) ? Math.Min(known, row.Position) : row.Position;
            if (row.Label is { Length: > 0 } label)
            {
                if (!_labels.TryGetValue(key, out var byLanguage))
                {
                    _labels[key] = byLanguage = new Dictionary<string, string>(StringComparer.Ordinal);
                }

                byLanguage[row.Language] = label;
            }
        }
    }

    /// <summary>No stored categories: codes as labels, <see cref="CategoryOrder"/> as order.</summary>
    public static SourceCategories None { get; } = new([]);

    /// <summary>
    /// The source's label of a category in <paramref name="language"/> (<c>sv</c>, <c>nb</c>, <c>en</c>; <c>nb</c> also
    /// takes <c>no</c>), else the label it gave without naming a language, else one it gave in any other; null when it gave none.
    /// </summary>
    public string? Label(string breakdown, string code, string language)
    {
        if (!_labels.TryGetValue((breakdown, code), out var byLanguage))
        {
            return null;
        }

        return byLanguage.GetValueOrDefault(language)
            ?? (language == "nb" ? byLanguage.GetValueOrDefault("no") : null)
            ?? byLanguage.GetValueOrDefault("")
            ?? byLanguage.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => l.Value).FirstOrDefault();
    }

    /// <summary>The source's position of a category, or null when no import stored one.</summary>
    public int? Position(string breakdown, string code) => _positions.TryGetValue((breakdown, code), out var position) ? position : null;

    /// <summary>
    /// The order of <paramref name="breakdown"/>'s categories: by the source's position; a category without one after
    /// those with one, in <see cref="CategoryOrder"/>.
    /// </summary>
    public IComparer<string> Order(string breakdown) => Comparer<string>.Create((x, y) =>
    {
        var (a, b) = (Position(breakdown, x), Position(breakdown, y));
        return a is not null && b is not null && a != b ? a.Value.CompareTo(b.Value)
            : a is not null && b is null ? -1
            : a is null && b is not null ? 1
            : CategoryOrder.Instance.Compare(x, y);
    });

    /// <summary>
    /// The source's label of a whole breakdown key (<c>age=100+10</c> → "100+ år"; <c>age=0-9;sex=women</c> → "0-9 år, women"):
    /// each part's label as <see cref="Label"/> gives it, its code where the source gave none. Null for the total and
    /// when no part has a label, so that the caller keeps its own text for the key.
    /// </summary>
    public string? KeyLabel(string key, string language)
    {
        var parts = BreakdownKey.Parse(BreakdownKey.FromName(key));
        var labels = parts.Select(p => Label(p.Key, p.Value, language)).ToList();
        return labels.All(l => l is null) ? null : string.Join(", ", parts.Zip(labels, (p, l) => l ?? p.Value));
    }

    /// <summary>
    /// The order of whole breakdown keys as the report shows them: the total first, then keys over the same breakdowns
    /// together (by their names), and within them part by part in the source's order (<see cref="Order"/>).
    /// </summary>
    public IComparer<string> KeyOrder() => Comparer<string>.Create((x, y) =>
    {
        var (a, b) = (BreakdownKey.Parse(BreakdownKey.FromName(x)), BreakdownKey.Parse(BreakdownKey.FromName(y)));
        if (a.Count == 0 || b.Count == 0)
        {
            return a.Count.CompareTo(b.Count);
        }

        var names = string.CompareOrdinal(string.Join(';', a.Keys.Order(StringComparer.Ordinal)), string.Join(';', b.Keys.Order(StringComparer.Ordinal)));
        if (names != 0)
        {
            return names;
        }

        foreach (var name in a.Keys.Order(StringComparer.Ordinal))
        {
            var order = Order(name).Compare(a[name], b[name]);
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    });

    /// <summary>
    /// The categories of a parsed table's breakdown dimensions as the import stores them (the translated sex codes,
    /// the other codes as they are), in the table's order with its labels in the language read; the total category left out.
    /// </summary>
    public static IReadOnlyList<BreakdownCategory> Of(string measureId, StatisticsDataset dataset, ImportMapping mapping)
    {
        var rows = new List<BreakdownCategory>();
        foreach (var (name, code) in mapping.Breakdowns)
        {
            if (dataset.Dimensions.FirstOrDefault(d => string.Equals(d.Code, code, StringComparison.Ordinal)) is not { } dimension)
            {
                continue;
            }

            var position = 0;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var category in dimension.Categories)
            {
                if (string.Equals(category.Code, dimension.TotalCode, StringComparison.Ordinal))
                {
                    continue;
                }

                var stored = name == "sex" ? SexCodes.Translate(category.Code) : category.Code;
                if (stored is null || (name == "sex" && stored == SexCodes.Total) || !seen.Add(stored))
                {
                    continue;
                }

                rows.Add(new BreakdownCategory
                {
                    MeasureId = measureId,
                    Breakdown = name,
                    Code = stored,
                    Language = dataset.Language ?? "",
                    Label = string.IsNullOrWhiteSpace(category.Label) ? null : category.Label,
                    Position = position++,
                });
            }
        }

        return rows;
    }

    /// <summary>
    /// The categories of rows already in Riktning's terms (a CSV or Excel upload, Kolada): in the order the rows first
    /// name them, with no label (the code is the label unless another import gave one).
    /// </summary>
    public static IReadOnlyList<BreakdownCategory> Of(string measureId, IEnumerable<ObservationRow> rows)
    {
        var result = new List<BreakdownCategory>();
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<(string, string)>();
        string? last = null;
        foreach (var row in rows)
        {
            if (row.Breakdown.Length == 0 || ReferenceEquals(row.Breakdown, last))
            {
                continue;
            }

            last = row.Breakdown;
            foreach (var (name, code) in BreakdownKey.Parse(row.Breakdown))
            {
                if (seen.Add((name, code)))
                {
                    var position = positions.GetValueOrDefault(name);
                    positions[name] = position + 1;
                    result.Add(new BreakdownCategory { MeasureId = measureId, Breakdown = name, Code = code, Language = "", Position = position });
                }
            }
        }

        return result;
    }

    /// <summary>Kolada's categories: its genders K and M are Riktning's women and men, in that order, with no label of their own.</summary>
    public static IReadOnlyList<BreakdownCategory> OfKolada(string measureId, IEnumerable<ObservationRow> rows) =>
        rows.Any(r => r.Breakdown.Length > 0)
            ? [
                new BreakdownCategory { MeasureId = measureId, Breakdown = "sex", Code = SexCodes.Women, Language = "", Position = 0 },
                new BreakdownCategory { MeasureId = measureId, Breakdown = "sex", Code = SexCodes.Men, Language = "", Position = 1 },
            ]
            : [];
}
