namespace Riktning.Regions;

/// <summary>
/// Stores region outlines from a GeoJSON file, one per region key, in one transaction: a file with any bad feature
/// stores nothing, and importing the same file again changes nothing.
/// </summary>
public sealed class BoundaryImporter(RiktningDb db, StoreVersionMonitor versions, TimeProvider time)
{
    /// <summary>
    /// Imports <paramref name="path"/>. Every feature's <paramref name="codeProperty"/> must be the national code of a
    /// county or municipality of <paramref name="country"/> in the region registry (any validity period). Who published
    /// the outlines and their licence come from <paramref name="attribution"/> and <paramref name="licence"/> when given,
    /// otherwise from the file's own metadata (<see cref="GeoJsonBoundaryReader.ReadAttribution"/>).
    /// </summary>
    public async Task<ImportResult> ImportAsync(
        string path, string country, string codeProperty, string? attribution = null, string? licence = null, CancellationToken cancellationToken = default)
    {
        var fileName = Path.GetFileName(path);
        IReadOnlyList<BoundaryFeature> features;
        await using (var stream = File.OpenRead(path))
        {
            features = GeoJsonBoundaryReader.Read(stream, fileName, codeProperty);
        }

        await using (var stream = File.OpenRead(path))
        {
            var (fileSource, fileLicence) = GeoJsonBoundaryReader.ReadAttribution(stream);
            attribution = string.IsNullOrWhiteSpace(attribution) ? fileSource : attribution.Trim();
            licence = string.IsNullOrWhiteSpace(licence) ? fileLicence : licence.Trim();
        }

        var known = (await db.Regions.AsNoTracking().Where(r => r.Country == country && r.Level != RegionLevel.Country).Select(r => r.Code).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var keys = new List<string>(features.Count);
        foreach (var feature in features)
        {
            if (!known.Contains(feature.Code))
            {
                throw new ImportFormatException($"{fileName}: feature {feature.Index}: property '{codeProperty}': '{feature.Code}' is not a county or municipality code of {country} in the region registry");
            }

            var key = RegionKey.Format(country, feature.Code);
            if (keys.Contains(key, StringComparer.Ordinal))
            {
                throw new ImportFormatException($"{fileName}: feature {feature.Index}: property '{codeProperty}': '{feature.Code}' appears in an earlier feature too");
            }

            keys.Add(key);
        }

        // Simplified together, so that neighbours keep their shared borders; the label points from the simplified outlines.
        var simplified = BoundaryGeometry.SimplifyCoverage([.. features.Select(f => f.Outline)]);
        var now = time.GetUtcNow().UtcDateTime;
        var incoming = keys.Select((key, i) => (Key: key, Label: BoundaryGeometry.LabelPoint(simplified[i]), Outline: simplified[i]))
            .Select(x => new RegionBoundary
            {
                RegionKey = x.Key,
                Coordinates = BoundaryGeometry.ToCoordinates(x.Outline),
                LabelLon = x.Label.Lon,
                LabelLat = x.Label.Lat,
                SourceFile = fileName,
                Attribution = attribution,
                Licence = licence,
                ImportedAtUtc = now,
            })
            .ToList();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var existing = await db.RegionBoundaries.Where(b => keys.Contains(b.RegionKey)).ToDictionaryAsync(b => b.RegionKey, StringComparer.Ordinal, cancellationToken);
        var result = ImportResult.Upsert(incoming, existing, b => b.RegionKey, b => db.RegionBoundaries.Add(b), static (stored, boundary) =>
        {
            if (stored.Coordinates == boundary.Coordinates && stored.SourceFile == boundary.SourceFile && stored.LabelLon == boundary.LabelLon && stored.LabelLat == boundary.LabelLat
                && stored.Attribution == boundary.Attribution && stored.Licence == boundary.Licence)
            {
                return false;
            }

            (stored.Coordinates, stored.LabelLon, stored.LabelLat, stored.SourceFile, stored.ImportedAtUtc) = (boundary.Coordinates, boundary.LabelLon, boundary.LabelLat, boundary.SourceFile, boundary.ImportedAtUtc);
            (stored.Attribution, stored.Licence) = (boundary.Attribution, boundary.Licence);
            return true;
        });

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        versions.Invalidate();
        return result;
    }

    /// <summary>The outlines of the given regions, by key; regions without one are left out.</summary>
    public async Task<IReadOnlyDictionary<string, RegionBoundary>> FindAsync(IEnumerable<string> regionKeys, CancellationToken cancellationToken = default)
    {
        var keys = regionKeys.Distinct(StringComparer.Ordinal).ToList();
        return await db.RegionBoundaries.AsNoTracking().Where(b => keys.Contains(b.RegionKey)).ToDictionaryAsync(b => b.RegionKey, StringComparer.Ordinal, cancellationToken);
    }
}
