using CsvHelper;
using CsvHelper.Configuration;

namespace Riktning.Regions;

/// <summary>Norway's fylker and kommuner with their validity periods, and the change table between the reforms.</summary>
public sealed record NorwegianGeography(IReadOnlyList<Region> Regions, IReadOnlyList<RegionChange> Changes)
{
    /// <summary>Lines of the change table left out, each with the reason (file:line: …).</summary>
    public IReadOnlyList<string> SetAside { get; init; } = [];
}

/// <summary>
/// Reads SSB KLASS's code lists and change tables (classifications 104 and 131, as published in the copies described in
/// regions/README.md) into the region registry's terms. Pure apart from reading the files; every problem names the
/// file, line and code.
/// <list type="bullet">
/// <item><c>no_regions_history.csv</c>: every fylke and kommune with <c>gyldig_fra</c>/<c>gyldig_til</c> (the first day no
/// longer valid, made inclusive here). Periods that end before 2000 are left out; a code valid since before 2000 gets no
/// start date; periods of one code that follow each other (a new spelling of the name) become one, under the latest name.</item>
/// <item><c>no_region_transitions.csv</c>: the change table (renumbered, merge, split); its date is the first day of the
/// new code's period that starts between the table's two years.</item>
/// <item><c>no_kommuner_transitions_2021_2025.json</c>, <c>no_fylker_transitions_2021_2025.json</c>: the raw 2024 tables,
/// checked against the change table (every pair in them must be in it).</item>
/// <item>optionally, rows of KLASS's own change list for classification 131 (<c>oldCode,oldName,newCode,newName,changeOccurred</c>,
/// regions/sources/klass_131_changes.csv). The published transition table was made by matching kommune names between the
/// 2017 and 2021 lists, so a kommune whose name ended in a merger has no line (Rømskog 0121 → Aurskog-Høland 3026), a
/// merger whose name survived is a renumbering of one of its parts (Asker 0220 → 3025 without Røyken and Hurum), and two
/// kommuner of one name were joined (Våler (Østfold) 0137 → Våler (Innlandet) 3419). KLASS's rows win on the day they
/// cover: a published kommune line they contradict is set aside, their kind (one to one, many to one, one to many)
/// replaces the published one, and the lines they add are sourced to them.</item>
/// </list>
/// </summary>
public static class NorwegianCodeLists
{
    public const string HistoryFile = "no_regions_history.csv";
    public const string TransitionsFile = "no_region_transitions.csv";
    public const string KommuneTransitionsFile = "no_kommuner_transitions_2021_2025.json";
    public const string FylkeTransitionsFile = "no_fylker_transitions_2021_2025.json";
    public const string KlassChangesFile = "klass_131_changes.csv";

    private static readonly DateOnly Start = new(2000, 1, 1);

    /// <summary>
    /// Reads the files from <paramref name="directory"/> (the raw JSON tables are checked when present) and, when
    /// <paramref name="klassChanges"/> names a file, KLASS's own change rows, which correct the published table.
    /// </summary>
    public static NorwegianGeography Read(string directory, string? klassChanges = null)
    {
        var history = ReadHistory(Path.Combine(directory, HistoryFile));
        var setAside = new List<string>();
        var changes = ReadChanges(Path.Combine(directory, TransitionsFile), history, setAside);
        if (klassChanges is not null)
        {
            ApplyKlassChanges(ReadKlassChanges(klassChanges, history), changes, setAside);
        }

        foreach (var (file, level) in new[] { (KommuneTransitionsFile, RegionLevel.Municipality), (FylkeTransitionsFile, RegionLevel.County) })
        {
            var path = Path.Combine(directory, file);
            if (File.Exists(path))
            {
                CheckRawTable(path, level, changes);
            }
        }

        var regions = Periods(history);
        changes.AddRange(DerivedKommuneRenumberings(regions, changes));
        changes.AddRange(DerivedCountyChanges(regions, changes));
        return new NorwegianGeography(regions, changes) { SetAside = setAside };
    }

    private sealed record HistoryRow(int Line, RegionLevel Level, string Code, string Name, string? Parent, DateOnly From, DateOnly? Until);

    private static List<HistoryRow> ReadHistory(string path)
    {
        var file = Path.GetFileName(path);
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        string[] columns = ["nivå", "regionnummer", "regionnavn", "fylkesnummer", "fylkesnavn", "gyldig_fra", "gyldig_til", "er_gjeldende"];
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is null || !csv.HeaderRecord.SequenceEqual(columns, StringComparer.Ordinal))
        {
            throw new RegionListException($"{file}:1: expected the header '{string.Join(',', columns)}'");
        }

        var rows = new List<HistoryRow>();
        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            string Field(string name) => (csv.GetField(name) ?? "").Trim();
            var levelText = Field("nivå");
            var level = levelText switch
            {
                "fylke" => RegionLevel.County,
                "kommune" => RegionLevel.Municipality,
                _ => throw new RegionListException($"{file}:{line}: nivå: '{levelText}' is not fylke or kommune"),
            };
            var code = Field("regionnummer");
            if (code.Length != (level == RegionLevel.County ? 2 : 4) || !code.All(char.IsAsciiDigit))
            {
                throw new RegionListException($"{file}:{line}: regionnummer: '{code}' is not a {(level == RegionLevel.County ? "two" : "four")}-digit code");
            }

            var from = Date(Field("gyldig_fra"), "gyldig_fra") ?? throw new RegionListException($"{file}:{line}: gyldig_fra is required");
            var until = Date(Field("gyldig_til"), "gyldig_til");
            if (until <= from)
            {
                throw new RegionListException($"{file}:{line}: region {code}: gyldig_til is not after gyldig_fra");
            }

            rows.Add(new HistoryRow(line, level, code, Field("regionnavn"), level == RegionLevel.Municipality ? Field("fylkesnummer") : null, from, until));

            DateOnly? Date(string value, string field) =>
                value.Length == 0 ? null
                : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
                : throw new RegionListException($"{file}:{line}: {field}: '{value}' is not a date (yyyy-MM-dd)");
        }

        return rows;
    }

    private static List<Region> Periods(List<HistoryRow> history)
    {
        var regions = new List<Region> { new() { Country = "NO", Code = RegionKey.CountryCode, Level = RegionLevel.Country, Name = "Norge" } };
        foreach (var group in history.Where(r => r.Until is null || r.Until > Start).GroupBy(r => (r.Level, r.Code)).OrderBy(g => g.Key.Level).ThenBy(g => g.Key.Code, StringComparer.Ordinal))
        {
            Region? current = null;
            foreach (var row in group.OrderBy(r => r.From))
            {
                var validTo = row.Until?.AddDays(-1);
                if (current is not null && current.ParentCode == row.Parent && current.ValidTo is { } end && end.AddDays(1) == row.From)
                {
                    (current.Name, current.ValidTo) = (row.Name, validTo);
                    continue;
                }

                current = new Region
                {
                    Country = "NO",
                    Code = row.Code,
                    Level = row.Level,
                    Name = row.Name,
                    ParentCode = row.Parent,
                    ValidFrom = row.From < Start ? null : row.From,
                    ValidTo = validTo,
                };
                regions.Add(current);
            }
        }

        return regions;
    }

    private static List<RegionChange> ReadChanges(string path, List<HistoryRow> history, List<string> setAside)
    {
        var file = Path.GetFileName(path);
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        string[] columns = ["from_year", "to_year", "level", "from_id", "to_id", "change_type"];
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is null || !columns.All(c => csv.HeaderRecord.Contains(c, StringComparer.Ordinal)))
        {
            throw new RegionListException($"{file}:1: expected the columns '{string.Join(',', columns)}'");
        }

        var lines = new List<(int Line, Dictionary<string, string> Fields)>();
        while (csv.Read())
        {
            lines.Add((csv.Parser.RawRow, columns.ToDictionary(c => c, c => (csv.GetField(c) ?? "").Trim(), StringComparer.Ordinal)));
        }

        var changes = new List<RegionChange>();
        foreach (var (line, fields) in lines)
        {
            string Field(string name) => fields[name];
            var levelText = Field("level");
            var level = levelText switch
            {
                "county" => RegionLevel.County,
                "municipality" => RegionLevel.Municipality,
                _ => throw new RegionListException($"{file}:{line}: level: '{levelText}' is not county or municipality"),
            };
            var kindText = Field("change_type");
            var kind = kindText switch
            {
                "renumbered" => RegionChangeKind.Renumbered,
                "merge" => RegionChangeKind.Merged,
                "split" => RegionChangeKind.Split,
                _ => throw new RegionListException($"{file}:{line}: change_type: '{kindText}' is not renumbered, merge or split"),
            };
            var (from, to) = (Field("from_id"), Field("to_id"));
            if (!int.TryParse(Field("from_year"), NumberStyles.None, CultureInfo.InvariantCulture, out var fromYear)
                || !int.TryParse(Field("to_year"), NumberStyles.None, CultureInfo.InvariantCulture, out var toYear) || toYear <= fromYear)
            {
                throw new RegionListException($"{file}:{line}: from_year/to_year: '{Field("from_year")}'/'{Field("to_year")}' are not two years in order");
            }

            if (!history.Any(h => h.Level == level && h.Code == from))
            {
                throw new RegionListException($"{file}:{line}: from_id: '{from}' is not a {levelText} code in {HistoryFile}");
            }

            // The new code's period that starts between the two years: the day the change took effect.
            var (earliest, latest) = (new DateOnly(fromYear, 1, 1), new DateOnly(toYear, 1, 1));
            var starts = history.Where(h => h.Level == level && h.Code == to && h.From >= earliest && h.From <= latest).Select(h => h.From).Order().ToList();
            if (starts.Count == 0 && lines.Any(other => other.Line != line && other.Fields["level"] == levelText && other.Fields["from_id"] == from && other.Fields["to_id"] == to))
            {
                // The table lists the same pair again under other years (Buskerud 06 → 33 appears for 2020→2021 and 2021→2025; 33 exists from 2024).
                setAside.Add($"{file}:{line}: {levelText} {from} → {to} is listed for {fromYear}→{toYear}, but {to} has no period starting then; the pair is taken from its other line");
                continue;
            }

            if (starts.Count == 0)
            {
                throw new RegionListException($"{file}:{line}: to_id: '{to}' has no {levelText} period in {HistoryFile} that starts between {fromYear} and {toYear}");
            }

            var ended = history.Where(h => h.Level == level && h.Code == from && h.Until is not null).Select(h => h.Until!.Value).ToHashSet();
            var effective = starts.FirstOrDefault(ended.Contains, starts[0]);
            if (changes.Any(c => c.Level == level && c.FromCode == from && c.ToCode == to && c.EffectiveFrom == effective))
            {
                continue;
            }

            changes.Add(new RegionChange
            {
                Country = "NO",
                Level = level,
                FromCode = from,
                ToCode = to,
                Kind = kind,
                EffectiveFrom = effective,
                Source = $"{file}:{line}",
            });
        }

        return changes;
    }

    private sealed record KlassRow(int Line, string OldCode, string NewCode, DateOnly Occurred);

    /// <summary>KLASS's change rows for classification 131 (kommuner); each old code must end, and each new code start, on the day.</summary>
    private static List<KlassRow> ReadKlassChanges(string path, List<HistoryRow> history)
    {
        var file = Path.GetFileName(path);
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        string[] columns = ["oldCode", "oldName", "newCode", "newName", "changeOccurred"];
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is null || !csv.HeaderRecord.SequenceEqual(columns, StringComparer.Ordinal))
        {
            throw new RegionListException($"{file}:1: expected the header '{string.Join(',', columns)}'");
        }

        var rows = new List<KlassRow>();
        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            string Field(string name) => (csv.GetField(name) ?? "").Trim();
            var (oldCode, newCode, dayText) = (Field("oldCode"), Field("newCode"), Field("changeOccurred"));
            foreach (var (field, code) in new[] { ("oldCode", oldCode), ("newCode", newCode) })
            {
                if (code.Length != 4 || !code.All(char.IsAsciiDigit))
                {
                    throw new RegionListException($"{file}:{line}: {field}: '{code}' is not a four-digit kommune code");
                }
            }

            if (!DateOnly.TryParseExact(dayText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                throw new RegionListException($"{file}:{line}: changeOccurred: '{dayText}' is not a date (yyyy-MM-dd)");
            }

            if (oldCode == newCode)
            {
                continue; // a new name under the same code: no change of area
            }

            if (!history.Any(h => h.Level == RegionLevel.Municipality && h.Code == oldCode && h.Until == day))
            {
                throw new RegionListException($"{file}:{line}: oldCode: kommune {oldCode} has no period in {HistoryFile} that ends on {dayText}");
            }

            if (!history.Any(h => h.Level == RegionLevel.Municipality && h.Code == newCode && h.From == day))
            {
                throw new RegionListException($"{file}:{line}: newCode: kommune {newCode} has no period in {HistoryFile} that starts on {dayText}");
            }

            rows.Add(new KlassRow(line, oldCode, newCode, day));
        }

        return rows;
    }

    /// <summary>
    /// KLASS's rows win over the published kommune lines on the days they cover: a published line from an old code KLASS
    /// lists on that day is kept only when KLASS has the same pair (with KLASS's kind), otherwise set aside with the reason;
    /// every KLASS pair the table lacks is added.
    /// </summary>
    private static void ApplyKlassChanges(List<KlassRow> rows, List<RegionChange> changes, List<string> setAside)
    {
        RegionChangeKind KindOf(KlassRow row) =>
            rows.Count(r => r.Occurred == row.Occurred && r.OldCode == row.OldCode) > 1 ? RegionChangeKind.Split
            : rows.Count(r => r.Occurred == row.Occurred && r.NewCode == row.NewCode) > 1 ? RegionChangeKind.Merged
            : RegionChangeKind.Renumbered;

        foreach (var published in changes.Where(c => c.Level == RegionLevel.Municipality).ToList())
        {
            var listed = rows.Where(r => r.Occurred == published.EffectiveFrom && r.OldCode == published.FromCode).ToList();
            if (listed.Count == 0 && rows.FirstOrDefault(r => r.OldCode == published.FromCode && r.Occurred < published.EffectiveFrom) is { } earlier)
            {
                // The 2017→2021 table jumps over the 2018 step (Hitra 1617 → 5056): KLASS's rows give both steps (1617 → 5013 in
                // 2018, 5013 → 5056 in 2020), and the jump would place the old code twice.
                changes.Remove(published);
                setAside.Add($"{published.Source}: municipality {published.FromCode} → {published.ToCode} on {published.EffectiveFrom:yyyy-MM-dd} jumps over KLASS's earlier change ({KlassChangesFile}:{earlier.Line}: {earlier.OldCode} → {earlier.NewCode} on {earlier.Occurred:yyyy-MM-dd}); KLASS's steps are used");
                continue;
            }

            if (listed.Count == 0)
            {
                continue;
            }

            if (listed.FirstOrDefault(r => r.NewCode == published.ToCode) is { } same)
            {
                if (KindOf(same) is var kind && kind != published.Kind)
                {
                    published.Kind = kind;
                    published.Source = $"{published.Source}; {kind.ToString().ToLowerInvariant()} per {KlassChangesFile}:{same.Line}";
                }

                continue;
            }

            changes.Remove(published);
            setAside.Add($"{published.Source}: municipality {published.FromCode} → {published.ToCode} contradicts KLASS ({KlassChangesFile}:{listed[0].Line}: {published.FromCode} → {string.Join(", ", listed.Select(r => r.NewCode))} on {published.EffectiveFrom:yyyy-MM-dd}); KLASS's line is used");
        }

        foreach (var row in rows)
        {
            if (!changes.Any(c => c.Level == RegionLevel.Municipality && c.FromCode == row.OldCode && c.ToCode == row.NewCode && c.EffectiveFrom == row.Occurred))
            {
                changes.Add(new RegionChange
                {
                    Country = "NO",
                    Level = RegionLevel.Municipality,
                    FromCode = row.OldCode,
                    ToCode = row.NewCode,
                    Kind = KindOf(row),
                    EffectiveFrom = row.Occurred,
                    Source = $"{KlassChangesFile}:{row.Line}",
                });
            }
        }
    }

    /// <summary>
    /// Kommune renumberings the table lacks (Aurskog-Høland 3026 → 3226 in 2024): a code that ends with no line of its
    /// own, where exactly one kommune of the same name starts the next day and no line already leads to it — and only on a
    /// day when every other code that ended has a line or such a successor: on a day when some code ended with neither
    /// (Rømskog, Røyken, Hurum in 2020), a same-named successor may be a merger, so nothing is derived for that day.
    /// </summary>
    private static List<RegionChange> DerivedKommuneRenumberings(List<Region> regions, List<RegionChange> changes)
    {
        var derived = new List<RegionChange>();
        var kommuner = regions.Where(r => r.Level == RegionLevel.Municipality).ToList();
        bool HasLine(Region old) => changes.Any(c => c.Level == RegionLevel.Municipality && c.FromCode == old.Code && c.EffectiveFrom > old.ValidTo);
        List<Region> Successors(Region old) => [.. kommuner.Where(r => r.ValidFrom == old.ValidTo!.Value.AddDays(1) && r.Code != old.Code && string.Equals(r.Name, old.Name, StringComparison.Ordinal))];
        var ended = kommuner.Where(r => r.ValidTo is not null && !HasLine(r) && !kommuner.Any(n => n.Code == r.Code && n.ValidFrom == r.ValidTo!.Value.AddDays(1))).ToList();
        var unclearDays = ended.Where(r => Successors(r).Count != 1).Select(r => r.ValidTo!.Value).ToHashSet();
        foreach (var old in ended.Where(r => !unclearDays.Contains(r.ValidTo!.Value)))
        {
            var day = old.ValidTo!.Value.AddDays(1);
            var successors = Successors(old);
            if (!changes.Any(c => c.Level == RegionLevel.Municipality && c.ToCode == successors[0].Code && c.EffectiveFrom == day))
            {
                derived.Add(new RegionChange
                {
                    Country = "NO",
                    Level = RegionLevel.Municipality,
                    FromCode = old.Code,
                    ToCode = successors[0].Code,
                    Kind = RegionChangeKind.Renumbered,
                    EffectiveFrom = day,
                    Source = $"derived: {old.Name} {old.Code} ends and {successors[0].Code} of the same name starts the next day in {HistoryFile}; no line in {TransitionsFile}",
                });
            }
        }

        return derived;
    }

    /// <summary>
    /// County lines the table lacks, derived from its kommune lines and KLASS's parents: when a fylke ends, where its
    /// kommuner go says where it went (Buskerud 06 → Viken 30 in 2020, Sør- and Nord-Trøndelag 16, 17 → 50 in 2018).
    /// </summary>
    private static List<RegionChange> DerivedCountyChanges(List<Region> regions, List<RegionChange> changes)
    {
        var geography = new RegionGeography(regions, changes);
        var derived = new List<RegionChange>();
        foreach (var county in regions.Where(r => r.Level == RegionLevel.County && r.ValidTo is not null))
        {
            var last = county.ValidTo!.Value;
            var day = last.AddDays(1);
            var published = changes.Where(c => c.Level == RegionLevel.County && c.FromCode == county.Code && c.EffectiveFrom == day).ToList();
            var kommuner = regions.Where(r => r.Level == RegionLevel.Municipality && r.ParentCode == county.Code && r.IsValidOn(last)).ToList();
            var parents = new HashSet<string>(StringComparer.Ordinal);
            foreach (var kommune in kommuner)
            {
                var placement = geography.Place(kommune, day);
                foreach (var target in placement.Reason is null ? placement.Targets : [])
                {
                    if (regions.FirstOrDefault(r => r.Level == RegionLevel.Municipality && r.Code == target && r.IsValidOn(day))?.ParentCode is { } parent)
                    {
                        parents.Add(parent);
                    }
                }
            }

            parents.Remove(county.Code);
            if (published.Count > 0)
            {
                CorrectPublishedCountyLines(county, published, parents, derived);
                continue;
            }

            foreach (var parent in parents.Order(StringComparer.Ordinal))
            {
                derived.Add(new RegionChange
                {
                    Country = "NO",
                    Level = RegionLevel.County,
                    FromCode = county.Code,
                    ToCode = parent,
                    Kind = parents.Count > 1 ? RegionChangeKind.Split : RegionChangeKind.Merged,
                    EffectiveFrom = day,
                    Source = $"derived from the kommune lines of {TransitionsFile} and the parents in {HistoryFile}",
                });
            }
        }

        return derived;
    }

    /// <summary>
    /// A published county line is checked against where the fylke's kommuner went: when they went to more than one fylke
    /// (Oppland 05 in 2020: Jevnaker and Lunner to Viken 30, the rest to Innlandet 34), the fylke was split, not merged,
    /// so every line from it becomes a split (its value is never moved whole to one successor) and the successor the table
    /// lacks is added, each with the reason in its source.
    /// </summary>
    private static void CorrectPublishedCountyLines(Region county, List<RegionChange> published, HashSet<string> parents, List<RegionChange> derived)
    {
        if (parents.Count < 2)
        {
            return;
        }

        var day = published[0].EffectiveFrom;
        var note = $"split: its kommuner went to {string.Join(", ", parents.Order(StringComparer.Ordinal))} by the kommune lines and the parents in {HistoryFile}";
        foreach (var line in published.Where(l => l.Kind != RegionChangeKind.Split))
        {
            line.Kind = RegionChangeKind.Split;
            line.Source = $"{line.Source}; {note}";
        }

        foreach (var parent in parents.Where(p => published.All(l => l.ToCode != p)).Order(StringComparer.Ordinal))
        {
            derived.Add(new RegionChange
            {
                Country = "NO",
                Level = RegionLevel.County,
                FromCode = county.Code,
                ToCode = parent,
                Kind = RegionChangeKind.Split,
                EffectiveFrom = day,
                Source = $"derived: {county.Name} {county.Code} {note}; no line in {TransitionsFile}",
            });
        }
    }

    /// <summary>The raw 2024 tables (<c>["2021","2025",{old: new | [new…]}]</c>, where a one-element list of an old code marks a split) must agree with the change table.</summary>
    private static void CheckRawTable(string path, RegionLevel level, List<RegionChange> changes)
    {
        var file = Path.GetFileName(path);
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        if (document.RootElement.ValueKind != JsonValueKind.Array || document.RootElement.GetArrayLength() != 3 || document.RootElement[2].ValueKind != JsonValueKind.Object)
        {
            throw new RegionListException($"{file}: expected [\"from year\", \"to year\", {{old: new}}]");
        }

        foreach (var pair in document.RootElement[2].EnumerateObject())
        {
            // "1508": ["1507"]: the new code 1508 came out of 1507 (a split); otherwise old → new.
            var pairs = pair.Value.ValueKind == JsonValueKind.Array
                ? pair.Value.EnumerateArray().Select(v => (From: v.GetString() ?? "", To: pair.Name))
                : [(From: pair.Name, To: pair.Value.GetString() ?? "")];
            foreach (var (from, to) in pairs)
            {
                if (!changes.Any(c => c.Level == level && c.FromCode == from && c.ToCode == to))
                {
                    throw new RegionListException($"{file}: '{pair.Name}': the change {from} → {to} is not in {TransitionsFile}");
                }
            }
        }
    }
}
