using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Riktning.Data;
using Riktning.Importing;

namespace Riktning.Regions;

/// <summary>
/// Stores region outlines from a GeoJSON file, one per region key, in one transaction: a file with any bad feature
/// stores nothing, and importing the same file again changes nothing.
/// </summary>
public sealed class BoundaryImporter(RiktningDb db, TimeProvider time)
{
    /// <summary>
    /// Imports <paramref name="path"/>. Every feature's <paramref name="codeProperty"/> must be the national code of a
    /// county or municipality of <paramref name="country"/> in the region registry (any validity period).
    /// </summary>
    public async Task<BoundaryImportResult> ImportAsync(string path, string country, string codeProperty, CancellationToken cancellationToken = default)
    {
        var fileName = Path.GetFileName(path);
        IReadOnlyList<BoundaryFeature> features;
        await using (var stream = File.OpenRead(path))
        {
            features = GeoJsonBoundaryReader.Read(stream, fileName, codeProperty);
        }

        var known = (await db.Regions.AsNoTracking().Where(r => r.Country == country && r.Level != RegionLevel.Country).Select(r => r.Code).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var incoming = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var feature in features)
        {
            if (!known.Contains(feature.Code))
            {
                throw new ImportFormatException($"{fileName}: feature {feature.Index}: property '{codeProperty}': '{feature.Code}' is not a county or municipality code of {country} in the region registry");
            }

            var key = RegionKey.Format(country, feature.Code);
            if (!incoming.TryAdd(key, Serialize(BoundarySimplifier.Simplify(feature.Polygons))))
            {
                throw new ImportFormatException($"{fileName}: feature {feature.Index}: property '{codeProperty}': '{feature.Code}' appears in an earlier feature too");
            }
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var keys = incoming.Keys.ToList();
        var existing = await db.RegionBoundaries.Where(b => keys.Contains(b.RegionKey)).ToDictionaryAsync(b => b.RegionKey, StringComparer.Ordinal, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        int added = 0, updated = 0, unchanged = 0;
        foreach (var (key, coordinates) in incoming)
        {
            if (!existing.TryGetValue(key, out var stored))
            {
                db.RegionBoundaries.Add(new RegionBoundary { RegionKey = key, Coordinates = coordinates, SourceFile = fileName, ImportedAtUtc = now });
                added++;
            }
            else if (stored.Coordinates != coordinates || stored.SourceFile != fileName)
            {
                (stored.Coordinates, stored.SourceFile, stored.ImportedAtUtc) = (coordinates, fileName, now);
                updated++;
            }
            else
            {
                unchanged++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return new BoundaryImportResult(added, updated, unchanged);
    }

    /// <summary>The outlines of the given regions, by key; regions without one are left out.</summary>
    public async Task<IReadOnlyDictionary<string, RegionBoundary>> FindAsync(IEnumerable<string> regionKeys, CancellationToken cancellationToken = default)
    {
        var keys = regionKeys.Distinct(StringComparer.Ordinal).ToList();
        return await db.RegionBoundaries.AsNoTracking().Where(b => keys.Contains(b.RegionKey)).ToDictionaryAsync(b => b.RegionKey, StringComparer.Ordinal, cancellationToken);
    }

    /// <summary>Compact JSON by hand: invariant numbers, no spaces, the same text for the same shape so re-imports compare equal.</summary>
    private static string Serialize(IReadOnlyList<IReadOnlyList<IReadOnlyList<(double Lon, double Lat)>>> polygons)
    {
        var text = new StringBuilder("[");
        foreach (var polygon in polygons)
        {
            text.Append(text.Length > 1 ? ",[" : "[");
            for (var r = 0; r < polygon.Count; r++)
            {
                text.Append(r > 0 ? ",[" : "[");
                for (var p = 0; p < polygon[r].Count; p++)
                {
                    var (lon, lat) = polygon[r][p];
                    text.Append(p > 0 ? ",[" : "[")
                        .Append(lon.ToString("R", CultureInfo.InvariantCulture)).Append(',')
                        .Append(lat.ToString("R", CultureInfo.InvariantCulture)).Append(']');
                }

                text.Append(']');
            }

            text.Append(']');
        }

        return text.Append(']').ToString();
    }
}
