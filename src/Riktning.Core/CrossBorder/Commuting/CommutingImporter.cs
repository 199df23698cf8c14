using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Riktning.Data;
using Riktning.Importing;
using Riktning.Importing.Tabular;
using Riktning.Regions;

namespace Riktning.CrossBorder.Commuting;

/// <summary>What a commuting import did.</summary>
public sealed record CommutingImportResult(string Source, int Added, int Changed, int Unchanged);

/// <summary>
/// Imports origin–destination commuting flows (<c>docs/commuting-format.md</c>: <c>origin,destination,year,sex,persons</c>,
/// region keys such as <c>SE-1780</c> and <c>NO-3401</c>) for one source, in one transaction. Every origin and
/// destination must be a region of the registry; a file with any bad row stores nothing and the message names the file,
/// the line and the code. Importing the same file again changes nothing.
/// </summary>
public sealed partial class CommutingImporter(RiktningDb db, StoreVersionMonitor versions)
{
    private static readonly string[] Columns = ["origin", "destination", "year", "sex", "persons"];

    public async Task<CommutingImportResult> ImportAsync(string source, TextReader text, string file, CancellationToken cancellationToken = default)
    {
        if (!SourcePattern().IsMatch(source))
        {
            throw new ImportFormatException($"--source: '{source}' is not a source key (lower-case letters, digits and '-', e.g. ssb-13631)");
        }

        var known = (await db.Regions.AsNoTracking().Select(r => new { r.Country, r.Code }).ToListAsync(cancellationToken))
            .Select(r => RegionKey.Format(r.Country, r.Code))
            .Append("SE").Append("NO")
            .ToHashSet(StringComparer.Ordinal);
        var (header, lines) = TabularTable.ReadCsv(text, file, cancellationToken: cancellationToken);
        var index = Columns.Select(c => (Column: c, Index: header.ToList().IndexOf(c))).ToList();
        if (index.FirstOrDefault(c => c.Index < 0 && c.Column != "sex") is { Column: { } missing })
        {
            throw new ImportFormatException($"{file}: line 1: no column '{missing}' (expected {string.Join(",", Columns)})");
        }

        var rows = new Dictionary<(string, string, int, string), CommutingFlow>();
        foreach (var line in lines)
        {
            string Cell(string column) => index.Single(c => c.Column == column).Index is var i and >= 0 && i < line.Cells.Count ? (line.Cells[i] ?? "").Trim() : "";
            var origin = Region(Cell("origin"), "origin", line.Line);
            var destination = Region(Cell("destination"), "destination", line.Line);
            if (!int.TryParse(Cell("year"), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1900 or > 2100)
            {
                throw new ImportFormatException($"{file}: line {line.Line}: year '{Cell("year")}' is not a year");
            }

            var sex = Cell("sex") switch
            {
                "" or "total" => "",
                "women" or "men" => Cell("sex"),
                var other => throw new ImportFormatException($"{file}: line {line.Line}: sex '{other}' is not empty, total, women or men"),
            };
            if (!double.TryParse(Cell("persons"), NumberStyles.Float, CultureInfo.InvariantCulture, out var persons) || !double.IsFinite(persons) || persons < 0)
            {
                throw new ImportFormatException($"{file}: line {line.Line}: persons '{Cell("persons")}' is not a number of zero or more");
            }

            if (!rows.TryAdd((origin, destination, year, sex), new CommutingFlow { Source = source, OriginKey = origin, DestinationKey = destination, Year = year, Sex = sex, Persons = persons, File = Path.GetFileName(file) }))
            {
                throw new ImportFormatException($"{file}: line {line.Line}: {origin} → {destination}, {year}{(sex.Length > 0 ? ", " + sex : "")} appears twice");
            }
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var existing = await db.CommutingFlows.Where(f => f.Source == source).ToDictionaryAsync(f => (f.OriginKey, f.DestinationKey, f.Year, f.Sex), cancellationToken);
        var result = ImportResult.Upsert(rows.Values, existing, f => (f.OriginKey, f.DestinationKey, f.Year, f.Sex), f => db.CommutingFlows.Add(f), static (stored, flow) =>
        {
            if (stored.Persons.Equals(flow.Persons))
            {
                return false;
            }

            (stored.Persons, stored.File) = (flow.Persons, flow.File);
            return true;
        });

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (result.Added + result.Changed > 0)
        {
            versions.Invalidate();
        }

        return new CommutingImportResult(source, result.Added, result.Changed, result.Unchanged);

        string Region(string code, string field, int line) =>
            RegionKey.TryParse(code, out _) && known.Contains(code)
                ? code
                : throw new ImportFormatException($"{file}: line {line}: {field} '{code}' is not a region of the registry; nothing was imported");
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,59}$", RegexOptions.CultureInvariant)]
    private static partial Regex SourcePattern();
}
