using System.Text.RegularExpressions;
using Riktning.Importing.JsonStat;
using Riktning.Importing.PcAxis;
using Riktning.Importing.Tabular;

namespace Riktning.CrossBorder.Commuting;

/// <summary>What a commuting import did, with notes on codes left out and totals derived.</summary>
public sealed record CommutingImportResult(string Source, int Added, int Changed, int Unchanged)
{
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>
/// Imports origin–destination commuting flows for one source, in one transaction: from a table as the publishers give it
/// (json-stat2 or PC-Axis, read by <see cref="CommutingTableReader"/>) or from the plain layout of
/// <c>docs/commuting-format.md</c> (<c>origin,destination,year,sex,persons</c> with region keys such as <c>SE-1780</c>
/// and <c>NO-3401</c>). Every origin and destination must be a region of the registry, a Norwegian fylke or kommune within
/// its validity period for the year (Kongsvinger is 0402 until 2019, 3401 from 2020); a file with any bad row stores
/// nothing and the message names the file, the row and the code. Importing the same file again changes nothing.
/// </summary>
public sealed partial class CommutingImporter(RiktningDb db, StoreVersionMonitor versions)
{
    private static readonly string[] Columns = ["origin", "destination", "year", "sex", "persons"];

    /// <summary>
    /// A commuting file by its extension: <c>.json</c> (json-stat2), <c>.px</c> (PC-Axis) or <c>.csv</c> (the plain layout),
    /// stored under the source key of <paramref name="publisher"/> and <paramref name="table"/> (by default the table id
    /// the file gives itself), e.g. <c>ssb-13631</c>.
    /// </summary>
    public async Task<CommutingImportResult> ImportFileAsync(
        string publisher, string? table, Stream stream, string file, string? originDimension = null, string? destinationDimension = null, CancellationToken cancellationToken = default)
    {
        CommutingSources.Key(publisher, null);
        var extension = Path.GetExtension(file).ToLowerInvariant();
        if (extension == ".csv")
        {
            using var reader = TabularText.Reader(stream, leaveOpen: true);
            return await ImportAsync(CommutingSources.Key(publisher, table), reader, file, cancellationToken);
        }

        var dataset = extension switch
        {
            ".json" => JsonStat2Parser.Parse(stream, file),
            ".px" => PxFileParser.Parse(stream, file),
            _ => throw new ImportFormatException($"{file}: not a .json (json-stat2), .px (PC-Axis) or .csv commuting file"),
        };
        return await ImportTableAsync(CommutingSources.Key(publisher, table ?? dataset.TableId), dataset, file, originDimension, destinationDimension, cancellationToken);
    }

    /// <summary>A parsed origin–destination table (json-stat2, PC-Axis).</summary>
    public async Task<CommutingImportResult> ImportTableAsync(
        string source, StatisticsDataset dataset, string file, string? originDimension = null, string? destinationDimension = null, CancellationToken cancellationToken = default)
    {
        RequireSourceKey(source);
        var table = CommutingTableReader.Read(dataset, source, Path.GetFileName(file), originDimension, destinationDimension);
        return await StoreAsync(source, table.Rows, Path.GetFileName(file), cancellationToken) with { Notes = table.Notes };
    }

    /// <summary>The plain layout, <c>origin,destination,year,sex,persons</c>.</summary>
    public async Task<CommutingImportResult> ImportAsync(string source, TextReader text, string file, CancellationToken cancellationToken = default)
    {
        RequireSourceKey(source);
        var (header, lines) = TabularTable.ReadCsv(text, file, cancellationToken: cancellationToken);
        var index = Columns.Select(c => (Column: c, Index: header.ToList().IndexOf(c))).ToList();
        if (index.FirstOrDefault(c => c.Index < 0 && c.Column != "sex") is { Column: { } missing })
        {
            throw new ImportFormatException($"{file}: line 1: no column '{missing}' (expected {string.Join(",", Columns)})");
        }

        var rows = new List<CommutingRow>();
        foreach (var line in lines)
        {
            string Cell(string column) => index.Single(c => c.Column == column).Index is var i and >= 0 && i < line.Cells.Count ? (line.Cells[i] ?? "").Trim() : "";
            var where = $"line {line.Line.ToString(CultureInfo.InvariantCulture)}";
            if (!int.TryParse(Cell("year"), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1900 or > 2100)
            {
                throw new ImportFormatException($"{file}: {where}: year '{Cell("year")}' is not a year");
            }

            var sex = Cell("sex") switch
            {
                "" or "total" => "",
                "women" or "men" => Cell("sex"),
                var other => throw new ImportFormatException($"{file}: {where}: sex '{other}' is not empty, total, women or men"),
            };
            if (!double.TryParse(Cell("persons"), NumberStyles.Float, CultureInfo.InvariantCulture, out var persons) || !double.IsFinite(persons) || persons < 0)
            {
                throw new ImportFormatException($"{file}: {where}: persons '{Cell("persons")}' is not a number of zero or more");
            }

            string? Key(string code) => RegionKey.TryParse(code, out _) ? code : null;
            rows.Add(new CommutingRow(where, Cell("origin"), Key(Cell("origin")), Cell("destination"), Key(Cell("destination")), year, sex, persons, CommutingSources.IsSeriesBreak(source, year)));
        }

        return await StoreAsync(source, rows, file, cancellationToken);
    }

    private async Task<CommutingImportResult> StoreAsync(string source, IReadOnlyList<CommutingRow> rows, string file, CancellationToken cancellationToken)
    {
        var regions = await db.Regions.AsNoTracking().ToListAsync(cancellationToken);
        var known = regions.Select(r => r.Key).Append("SE").Append("NO").ToHashSet(StringComparer.Ordinal);
        var geography = new RegionGeography(regions.Where(r => r.Country == "NO"), []);

        // Everything is checked before anything is written: a bad row anywhere stores nothing.
        var flows = new Dictionary<(string, string, int, string), CommutingFlow>();
        foreach (var row in rows)
        {
            var origin = Region(row.Origin, row.OriginCode, "origin", row.Where, row.Year);
            var destination = Region(row.Destination, row.DestinationCode, "destination", row.Where, row.Year);
            var flow = new CommutingFlow
            {
                Source = source,
                OriginKey = origin,
                DestinationKey = destination,
                Year = row.Year,
                Sex = row.Sex,
                Persons = row.Persons,
                BreakInSeries = row.BreakInSeries,
                File = Path.GetFileName(file),
            };
            if (!flows.TryAdd((origin, destination, row.Year, row.Sex), flow))
            {
                throw new ImportFormatException($"{file}: {row.Where}: {origin} → {destination}, {row.Year}{(row.Sex.Length > 0 ? ", " + row.Sex : "")} appears twice");
            }
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var existing = await db.CommutingFlows.Where(f => f.Source == source).ToDictionaryAsync(f => (f.OriginKey, f.DestinationKey, f.Year, f.Sex), cancellationToken);
        var result = ImportResult.Upsert(flows.Values, existing, f => (f.OriginKey, f.DestinationKey, f.Year, f.Sex), f => db.CommutingFlows.Add(f), static (stored, flow) =>
        {
            if (stored.Persons.Equals(flow.Persons) && stored.BreakInSeries == flow.BreakInSeries)
            {
                return false;
            }

            (stored.Persons, stored.BreakInSeries, stored.File) = (flow.Persons, flow.BreakInSeries, flow.File);
            return true;
        });

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (result.Added + result.Changed > 0)
        {
            versions.Invalidate();
        }

        return new CommutingImportResult(source, result.Added, result.Changed, result.Unchanged);

        // A flow to or from a Norwegian fylke or kommune outside its validity period is refused like an observation's figure.
        string Region(string? key, string code, string field, string where, int year)
        {
            if (key is null || !known.Contains(key))
            {
                throw new ImportFormatException(
                    $"{file}: {where}: {field} '{code}'{(key is not null && key != code ? $" ({key})" : "")} is not a region of the registry; nothing was imported");
            }

            if (key.StartsWith("NO-", StringComparison.Ordinal)
                && geography.ValidityProblem(key, year.ToString(CultureInfo.InvariantCulture)) is { } problem)
            {
                throw new ImportFormatException($"{file}: {where}: {field} '{code}': {problem.Message}; nothing was imported");
            }

            return key;
        }
    }

    private static void RequireSourceKey(string source)
    {
        if (!SourcePattern().IsMatch(source))
        {
            throw new ImportFormatException($"--source: '{source}' is not a source key (lower-case letters, digits and '-', e.g. ssb-13631)");
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,59}$", RegexOptions.CultureInvariant)]
    private static partial Regex SourcePattern();
}
