namespace Riktning.Strategy;

/// <summary>The keys for change, smart specialisations and missions an item is linked to, by id.</summary>
public sealed record ThemeLinks(IReadOnlyList<string> KeysForChange, IReadOnlyList<string> SmartSpecialisations, IReadOnlyList<string> Missions)
{
    /// <summary>The items of <paramref name="strategy"/> of one kind.</summary>
    public static IReadOnlyList<NamedItem> Items(StrategyDefinition strategy, ThemeKind kind) => kind switch
    {
        ThemeKind.KeyForChange => strategy.KeysForChange,
        ThemeKind.SmartSpecialisation => strategy.SmartSpecialisations,
        _ => strategy.Missions,
    };

    /// <summary>
    /// Checks typed ids against the strategy: returns the distinct ids per kind and adds (field, message, id) for
    /// every unknown one, the fields being <c>KeysForChange</c>, <c>SmartSpecialisations</c> and <c>Missions</c>.
    /// </summary>
    public static ThemeLinks Check(
        StrategyDefinition strategy, IEnumerable<string> keys, IEnumerable<string> specialisations, IEnumerable<string> missions, ICollection<(string Field, string Id)> unknown)
    {
        List<string> One(IEnumerable<string> values, ThemeKind kind, string field)
        {
            var known = Items(strategy, kind).Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
            var list = values.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            foreach (var id in list.Where(id => !known.Contains(id)))
            {
                unknown.Add((field, id));
            }

            return list;
        }

        return new(
            One(keys, ThemeKind.KeyForChange, "KeysForChange"),
            One(specialisations, ThemeKind.SmartSpecialisation, "SmartSpecialisations"),
            One(missions, ThemeKind.Mission, "Missions"));
    }
}
