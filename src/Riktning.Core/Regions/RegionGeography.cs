namespace Riktning.Regions;

/// <summary>A figure for a region and period, before it is placed on a geography.</summary>
public readonly record struct PlacedValue(string RegionKey, string Period, double? Value);

/// <summary>A figure shown on the chosen geography; <see cref="From"/> names the units it came from when it moved or was summed.</summary>
public sealed record GeographyValue(string RegionKey, string Period, double? Value, IReadOnlyList<string> From, string? Method);

/// <summary>A figure left on its own unit, with the reason it was not moved (a split without a published weight, a merge of a share …).</summary>
public sealed record KeptValue(string RegionKey, string Period, double? Value, string Reason);

/// <summary>A series on one geography: the values that could be placed and the ones that stay on their old unit.</summary>
public sealed record GeographyResult(IReadOnlyList<GeographyValue> Values, IReadOnlyList<KeptValue> Kept);

/// <summary>
/// The Norwegian (and Swedish) units with their validity periods and the change table between reforms: places a figure
/// published for one unit on the units valid on another day — "as then" (as published) or "as today" (on the units of
/// today), or on any day's units such as Viken's (2022). The rules:
/// <list type="bullet">
/// <item>renumbered: the value moves to the new code;</item>
/// <item>merged: the old units' values are summed into the new unit, for counts and amounts only, and only when every
/// old unit has a value for the period;</item>
/// <item>split: never apportioned without a published weight (named with the value); otherwise the value stays on the
/// old unit, and the reason says so;</item>
/// <item>a value published on the target unit itself always wins over one computed from the old units.</item>
/// </list>
/// Read backwards (a 2024 value on the units of 2022), a split is a merge and a merge a split. Pure.
/// </summary>
public sealed class RegionGeography
{
    private const int MaxSteps = 8;
    private readonly ILookup<(string Country, string Code), Region> periods;
    private readonly ILookup<(string Country, RegionLevel Level, string Code), RegionChange> outgoing;
    private readonly ILookup<(string Country, RegionLevel Level, string Code), RegionChange> incoming;

    public RegionGeography(IEnumerable<Region> regions, IEnumerable<RegionChange> changes)
    {
        periods = regions.ToLookup(r => (r.Country, r.Code));
        var list = changes.ToList();
        outgoing = list.ToLookup(c => (c.Country, c.Level, c.FromCode));
        incoming = list.ToLookup(c => (c.Country, c.Level, c.ToCode));
    }

    /// <summary>The first and last day of a period (<c>2024</c>, <c>2024K2</c>, <c>2024M03</c>, <c>2024H1</c>).</summary>
    public static (DateOnly First, DateOnly Last) Days(string period)
    {
        var year = int.Parse(period.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture);
        if (period.Length <= 4)
        {
            return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }

        var number = int.Parse(period.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture);
        var months = char.ToUpperInvariant(period[4]) switch { 'K' or 'Q' => 3, 'M' => 1, 'H' => 6, _ => 12 };
        var first = new DateOnly(year, ((number - 1) * months) + 1, 1);
        return (first, first.AddMonths(months).AddDays(-1));
    }

    /// <summary>The unit a key names during a period (the period of the code that overlaps it), or null when no period of the code does.</summary>
    public Region? UnitDuring(string key, string period)
    {
        if (!RegionKey.TryParse(key, out var parsed))
        {
            return null;
        }

        var (first, last) = Days(period);
        return periods[(parsed.Country, parsed.Code)].FirstOrDefault(r => (r.ValidFrom is null || r.ValidFrom <= last) && (r.ValidTo is null || first <= r.ValidTo));
    }

    /// <summary>
    /// Why a key cannot hold a figure for <paramref name="period"/> (a code no period knows, or a fylke or kommune outside
    /// its validity), or null when it can. The one check the observation and commuting imports share.
    /// </summary>
    public (bool Known, string Message)? ValidityProblem(string key, string period)
    {
        if (!IsKnown(key))
        {
            return (false, $"region code {key} is a Norwegian code that no period of the region registry knows");
        }

        try
        {
            if (UnitDuring(key, period) is not null)
            {
                return null;
            }
        }
        catch (Exception ex) when (ex is FormatException or ArgumentOutOfRangeException)
        {
            // A period the calendar cannot place is the period parser's to refuse, not the registry's.
            return null;
        }

        var code = RegionKey.Parse(key);
        var ordered = periods[(code.Country, code.Code)].OrderBy(u => u.ValidFrom ?? DateOnly.MinValue).ToList();
        var valid = string.Join(", ", ordered.Select(u => $"{u.ValidFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…"}–{u.ValidTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""}"));
        var level = ordered[^1].Level == RegionLevel.County ? "fylke" : "kommune";
        return (true, $"{level} {key} ({ordered[^1].Name}) has a figure for {period}, outside its validity period ({valid})");
    }

    /// <summary>Whether the code is known in any period.</summary>
    public bool IsKnown(string key) => RegionKey.TryParse(key, out var parsed) && periods[(parsed.Country, parsed.Code)].Any();

    /// <summary>Where a unit's area lies on the units valid on <paramref name="on"/>: the target codes and how it got there (or why not).</summary>
    public Placement Place(Region unit, DateOnly on)
    {
        if (unit.Level == RegionLevel.Country || unit.IsValidOn(on))
        {
            return new Placement([unit.Code], RegionChangeKind.Renumbered, null);
        }

        var forward = unit.ValidTo is { } end && end < on;
        var code = unit.Code;
        var kind = RegionChangeKind.Renumbered;
        for (var step = 0; step < MaxSteps; step++)
        {
            var edges = forward
                ? outgoing[(unit.Country, unit.Level, code)].Where(c => c.EffectiveFrom <= on && (unit.ValidTo is null || c.EffectiveFrom > unit.ValidTo.Value.AddDays(-1) || step > 0)).ToList()
                : incoming[(unit.Country, unit.Level, code)].Where(c => c.EffectiveFrom > on).ToList();
            if (edges.Count == 0)
            {
                return new Placement([], kind, $"{RegionKey.Format(unit.Country, code)} has no {(forward ? "successor" : "predecessor")} in the change table");
            }

            string Next(RegionChange c) => forward ? c.ToCode : c.FromCode;
            RegionChangeKind KindOf(RegionChange c) => forward ? c.Kind : c.Kind switch
            {
                RegionChangeKind.Split => RegionChangeKind.Merged,
                RegionChangeKind.Merged => RegionChangeKind.Split,
                var k => k,
            };

            // A line that reaches a unit valid on the day directly (KLASS's tables also give 2019 → 2024 codes) wins.
            var direct = edges.Where(c => IsValid(unit.Country, Next(c), on)).ToList();
            var chosen = direct.Count > 0 ? direct : edges;
            var targets = chosen.Select(Next).Distinct(StringComparer.Ordinal).ToList();
            if (targets.Count > 1 || chosen.Any(c => KindOf(c) == RegionChangeKind.Split))
            {
                var weighted = forward && chosen.All(c => c.Weight is not null && c.WeightSource is not null);
                return weighted
                    ? new Placement(targets, RegionChangeKind.Split, null) { Weights = chosen.ToDictionary(c => c.ToCode, c => (c.Weight!.Value, c.WeightSource!), StringComparer.Ordinal) }
                    : new Placement(targets, RegionChangeKind.Split,
                        $"{RegionKey.Format(unit.Country, code)} was split into {string.Join(", ", edges.Select(Next).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(t => RegionKey.Format(unit.Country, t)))}; no published weight, so the value is not apportioned");
            }

            if (chosen.Any(c => KindOf(c) == RegionChangeKind.Merged))
            {
                kind = RegionChangeKind.Merged;
            }

            code = targets[0];
            if (IsValid(unit.Country, code, on))
            {
                return new Placement([code], kind, null);
            }
        }

        return new Placement([], kind, $"{unit.Key}: the change table does not lead to a unit valid on {on:yyyy-MM-dd}");
    }

    /// <summary>
    /// Places every value on the units valid on <paramref name="on"/>. Values are for one breakdown of one measure of
    /// the given <paramref name="kind"/>. A value for a key no period knows, or for a period outside the unit's validity, is kept with that reason.
    /// </summary>
    public GeographyResult Convert(IEnumerable<PlacedValue> values, MeasureKind kind, DateOnly on)
    {
        var summable = kind is MeasureKind.Count or MeasureKind.Amount;
        var kept = new List<KeptValue>();
        var published = new Dictionary<(string Key, string Period), PlacedValue>();
        var moved = new List<(string Target, PlacedValue Value, RegionChangeKind Kind, string? Method)>();
        foreach (var value in values)
        {
            var unit = UnitDuring(value.RegionKey, value.Period);
            if (unit is null)
            {
                kept.Add(new KeptValue(value.RegionKey, value.Period, value.Value, IsKnown(value.RegionKey)
                    ? $"{value.RegionKey} was not in force in {value.Period}"
                    : $"{value.RegionKey} is a code no period knows"));
                continue;
            }

            var placement = Place(unit, on);
            if (placement.Reason is { } reason)
            {
                kept.Add(new KeptValue(value.RegionKey, value.Period, value.Value, reason));
            }
            else if (placement.Weights is { } weights)
            {
                foreach (var target in placement.Targets)
                {
                    var (weight, source) = weights[target];
                    if (!summable)
                    {
                        kept.Add(new KeptValue(value.RegionKey, value.Period, value.Value, $"{value.RegionKey} was split; a published weight apportions counts and amounts only, not a {kind.ToString().ToLowerInvariant()}"));
                        break;
                    }

                    moved.Add((RegionKey.Format(unit.Country, target), value with { Value = value.Value * weight }, RegionChangeKind.Split,
                        string.Create(CultureInfo.InvariantCulture, $"share {weight:0.####} of {value.RegionKey} ({source})")));
                }
            }
            else if (placement.Targets[0] == unit.Code)
            {
                published[(value.RegionKey, value.Period)] = value;
            }
            else
            {
                moved.Add((RegionKey.Format(unit.Country, placement.Targets[0]), value, placement.Kind, null));
            }
        }

        var result = published.Values.Select(v => new GeographyValue(v.RegionKey, v.Period, v.Value, [], null)).ToList();
        foreach (var group in moved.GroupBy(m => (m.Target, m.Value.Period)))
        {
            var parts = group.ToList();
            if (published.ContainsKey(group.Key))
            {
                kept.AddRange(parts.Select(p => new KeptValue(p.Value.RegionKey, p.Value.Period, p.Value.Value, $"{group.Key.Target} has its own published figure for {group.Key.Period}")));
                continue;
            }

            var from = parts.Select(p => p.Value.RegionKey).ToList();
            if (parts.Count == 1 && parts[0].Kind == RegionChangeKind.Renumbered)
            {
                result.Add(new GeographyValue(group.Key.Target, group.Key.Period, parts[0].Value.Value, from, $"renumbered from {from[0]}"));
                continue;
            }

            if (!summable)
            {
                kept.AddRange(parts.Select(p => new KeptValue(p.Value.RegionKey, p.Value.Period, p.Value.Value,
                    $"{group.Key.Target} is a merger; only counts and amounts are summed, not a {kind.ToString().ToLowerInvariant()}")));
                continue;
            }

            // Every unit in force in the period that goes into the target must have a value, or the sum is not the whole.
            var expected = ExpectedParts(group.Key.Target, group.Key.Period, on);
            var missing = expected.Except(from, StringComparer.Ordinal).ToList();
            if (SplitPartsInto(group.Key.Target, group.Key.Period, on) is { Count: > 0 } splits)
            {
                kept.AddRange(parts.Select(p => new KeptValue(p.Value.RegionKey, p.Value.Period, p.Value.Value,
                    $"{group.Key.Target} also took a part of {string.Join(", ", splits)}, which was split without a published weight, so {string.Join(" + ", from)} is not its whole for {group.Key.Period}: no sum")));
                continue;
            }

            if (missing.Count > 0 || parts.Any(p => p.Value.Value is null))
            {
                kept.AddRange(parts.Select(p => new KeptValue(p.Value.RegionKey, p.Value.Period, p.Value.Value,
                    $"{group.Key.Target} is a merger of {string.Join(" + ", expected)}; {(missing.Count > 0 ? string.Join(", ", missing) : string.Join(", ", parts.Where(x => x.Value.Value is null).Select(x => x.Value.RegionKey)))} has no value for {group.Key.Period}, so no sum")));
                continue;
            }

            var methods = parts.Select(p => p.Method).OfType<string>().Distinct().ToList();
            result.Add(new GeographyValue(group.Key.Target, group.Key.Period, parts.Sum(p => p.Value.Value!.Value), from,
                methods.Count > 0 ? string.Join("; ", methods) : $"sum of {string.Join(" + ", from)}"));
        }

        return new GeographyResult(
            [.. result.OrderBy(v => v.RegionKey, StringComparer.Ordinal).ThenBy(v => v.Period, StringComparer.Ordinal)],
            [.. kept.OrderBy(v => v.RegionKey, StringComparer.Ordinal).ThenBy(v => v.Period, StringComparer.Ordinal)]);
    }

    /// <summary>The units in force during <paramref name="period"/> whose area goes wholly into <paramref name="targetKey"/> on the day's units.</summary>
    public IReadOnlyList<string> ExpectedParts(string targetKey, string period, DateOnly on)
    {
        var target = RegionKey.Parse(targetKey);
        return [.. Related(targetKey, period).Where(u => Place(u, on) is { Reason: null, Weights: null } p && p.Targets.SequenceEqual([target.Code])).Select(u => u.Key).Distinct().Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The units in force during <paramref name="period"/> that were split without a published weight and of which a
    /// part went into <paramref name="targetKey"/> (Oppland 05 into Innlandet 34, Snillfjord 5012 into Heim 5055): while
    /// one exists, a sum of the target's other parts is not the target's whole.
    /// </summary>
    public IReadOnlyList<string> SplitPartsInto(string targetKey, string period, DateOnly on)
    {
        var target = RegionKey.Parse(targetKey);
        return [.. Related(targetKey, period).Where(u => Place(u, on) is { Reason: not null, Kind: RegionChangeKind.Split } p && p.Targets.Contains(target.Code, StringComparer.Ordinal)).Select(u => u.Key).Distinct().Order(StringComparer.Ordinal)];
    }

    private HashSet<Region> Related(string targetKey, string period)
    {
        var target = RegionKey.Parse(targetKey);
        var (first, last) = Days(period);
        var candidates = new HashSet<Region>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var level = periods[(target.Country, target.Code)].First().Level;

        // Walk the change table through codes of any period (3226 ← 3026 ← 0121 + 0221 spans two reforms); the parts
        // are the units in force during the period.
        void Collect(string code, int depth)
        {
            if (depth > MaxSteps || !visited.Add(code))
            {
                return;
            }

            candidates.UnionWith(periods[(target.Country, code)].Where(r => r.Level == level && (r.ValidFrom is null || r.ValidFrom <= last) && (r.ValidTo is null || first <= r.ValidTo)));
            foreach (var change in incoming[(target.Country, level, code)].Concat(outgoing[(target.Country, level, code)]))
            {
                Collect(change.FromCode, depth + 1);
                Collect(change.ToCode, depth + 1);
            }
        }

        Collect(target.Code, 0);
        return candidates;
    }

    private bool IsValid(string country, string code, DateOnly on) => periods[(country, code)].Any(r => r.IsValidOn(on));
}

/// <summary>Where a unit lies on a day's units: the target codes and the kind of change, or the reason it stays where it is.</summary>
public sealed record Placement(IReadOnlyList<string> Targets, RegionChangeKind Kind, string? Reason)
{
    /// <summary>The published weights of a split, by target code, with who published them.</summary>
    public IReadOnlyDictionary<string, (double Weight, string Source)>? Weights { get; init; }
}
