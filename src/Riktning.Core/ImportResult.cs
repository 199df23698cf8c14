namespace Riktning;

/// <summary>
/// What a bulk import or sync did (projects, interventions, regions, organisations, boundaries): nothing at all when there
/// are <see cref="Problems"/> or <see cref="RefusedLines"/> (rows the user may not write), otherwise the counts.
/// </summary>
public sealed record ImportResult(int Added, int Changed, int Unchanged, IReadOnlyList<ImportProblem> Problems)
{
    /// <summary>A run that wrote what it counted (files whose problems stop the run with an exception instead).</summary>
    public static ImportResult Counted(int added, int changed, int unchanged) => new(added, changed, unchanged, []);

    /// <summary>
    /// Writes <paramref name="incoming"/> over the <paramref name="stored"/> items matched on their natural key: adds the
    /// new ones, lets <paramref name="copyIfChanged"/> update a stored one (true when anything changed) and counts the rest
    /// as unchanged. The one loop behind every idempotent import and sync.
    /// </summary>
    public static ImportResult Upsert<TKey, T>(
        IEnumerable<T> incoming, IReadOnlyDictionary<TKey, T> stored, Func<T, TKey> keyOf, Action<T> add, Func<T, T, bool> copyIfChanged)
    {
        int added = 0, changed = 0, unchanged = 0;
        foreach (var item in incoming)
        {
            if (!stored.TryGetValue(keyOf(item), out var existing))
            {
                add(item);
                added++;
            }
            else if (copyIfChanged(existing, item))
            {
                changed++;
            }
            else
            {
                unchanged++;
            }
        }

        return Counted(added, changed, unchanged);
    }

    public IReadOnlyList<int> RefusedLines { get; init; } = [];

    public bool Succeeded => Problems.Count == 0 && RefusedLines.Count == 0;
}
