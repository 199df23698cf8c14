namespace Riktning.Regions;

/// <summary>The region registry: Swedish and Norwegian countries, counties and municipalities with their validity periods.</summary>
public sealed class RegionRegistry(RiktningDb db, TimeProvider? clock = null)
{
    private DateTime Now => (clock ?? TimeProvider.System).GetUtcNow().UtcDateTime;

    /// <summary>Adds and updates regions from code-list files in one transaction; regions are never deleted, since figures may refer to them.</summary>
    public async Task<ImportResult> SyncAsync(IEnumerable<string> files, CancellationToken cancellationToken = default)
    {
        var incoming = new List<Region>();
        foreach (var file in files)
        {
            using var reader = new StreamReader(file);
            incoming.AddRange(RegionCsvReader.Read(reader, file));
        }

        return await SyncAsync(incoming, cancellationToken);
    }

    /// <summary>Adds and updates the given regions in one transaction (see <see cref="SyncAsync(IEnumerable{string}, CancellationToken)"/>).</summary>
    public async Task<ImportResult> SyncAsync(IReadOnlyList<Region> incoming, CancellationToken cancellationToken = default)
    {
        var duplicate = incoming.GroupBy(r => (r.Country, r.Code, r.ValidFrom)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new RegionListException($"region {RegionKey.Format(duplicate.Key.Country, duplicate.Key.Code)} valid from {duplicate.Key.ValidFrom?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "the start"} is listed twice");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var existing = await db.Regions.ToDictionaryAsync(r => (r.Country, r.Code, r.ValidFrom), cancellationToken);
        // The time stamp of what is added or changed moves the store version: pages and answers show new names at once.
        var now = Now;
        var result = ImportResult.Upsert(incoming, existing, r => (r.Country, r.Code, r.ValidFrom), r =>
        {
            r.StoredAtUtc = now;
            db.Regions.Add(r);
        }, (stored, region) =>
        {
            if (stored.Name == region.Name && stored.Level == region.Level && stored.ParentCode == region.ParentCode && stored.ValidTo == region.ValidTo)
            {
                return false;
            }

            (stored.Name, stored.Level, stored.ParentCode, stored.ValidTo, stored.StoredAtUtc) = (region.Name, region.Level, region.ParentCode, region.ValidTo, now);
            return true;
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return result;
    }

    /// <summary>
    /// Adds and updates change-table lines (matched on country, level, old code, new code and date) in one transaction.
    /// Every code must be in the registry with a period that ends the day before the change (old) or starts on it (new).
    /// </summary>
    public async Task<ImportResult> SyncChangesAsync(IReadOnlyList<RegionChange> incoming, CancellationToken cancellationToken = default)
    {
        var regions = await db.Regions.AsNoTracking().ToListAsync(cancellationToken);
        var periods = regions.ToLookup(r => (r.Country, r.Level, r.Code));
        foreach (var change in incoming)
        {
            if (!periods[(change.Country, change.Level, change.FromCode)].Any(r => r.ValidFrom is null || r.ValidFrom < change.EffectiveFrom))
            {
                throw new RegionListException($"{change.Source}: the old code {change.FromKey} has no period in the region registry before {Day(change.EffectiveFrom)}");
            }

            if (!periods[(change.Country, change.Level, change.ToCode)].Any(r => r.IsValidOn(change.EffectiveFrom)))
            {
                throw new RegionListException($"{change.Source}: the new code {change.ToKey} is not valid on {Day(change.EffectiveFrom)} in the region registry");
            }
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var existing = await db.RegionChanges.ToDictionaryAsync(c => (c.Country, c.Level, c.FromCode, c.ToCode, c.EffectiveFrom), cancellationToken);
        static (string, RegionLevel, string, string, DateOnly) KeyOf(RegionChange c) => (c.Country, c.Level, c.FromCode, c.ToCode, c.EffectiveFrom);
        var now = Now;
        var result = ImportResult.Upsert(incoming, existing, KeyOf, change =>
        {
            change.StoredAtUtc = now;
            db.RegionChanges.Add(change);
            existing[KeyOf(change)] = change; // a line listed twice is added once
        }, (stored, change) =>
        {
            if (stored.Kind == change.Kind && stored.Weight == change.Weight && stored.WeightSource == change.WeightSource && stored.Source == change.Source)
            {
                return false;
            }

            (stored.Kind, stored.Weight, stored.WeightSource, stored.Source, stored.StoredAtUtc) = (change.Kind, change.Weight, change.WeightSource, change.Source, now);
            return true;
        });

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return result;
    }

    /// <summary>Every change-table line of a country, oldest first.</summary>
    public async Task<IReadOnlyList<RegionChange>> ChangesAsync(string country, CancellationToken cancellationToken = default) =>
        await db.RegionChanges.AsNoTracking().Where(c => c.Country == country)
            .OrderBy(c => c.EffectiveFrom).ThenBy(c => c.FromCode).ThenBy(c => c.ToCode).ToListAsync(cancellationToken);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The region a key meant on a given day, e.g. <c>NO-30</c> on 2022-06-30 is Viken.</summary>
    public async Task<Region?> FindAsync(string key, DateOnly on, CancellationToken cancellationToken = default)
    {
        if (!RegionKey.TryParse(key, out var parsed))
        {
            return null;
        }

        var (country, code) = parsed;
        var candidates = await db.Regions.AsNoTracking().Where(r => r.Country == country && r.Code == code).ToListAsync(cancellationToken);
        return candidates.FirstOrDefault(r => r.IsValidOn(on));
    }

    /// <summary>Regions of a country (and level), optionally only those valid on a day, ordered by code.</summary>
    public async Task<IReadOnlyList<Region>> ListAsync(string? country = null, RegionLevel? level = null, DateOnly? on = null, CancellationToken cancellationToken = default)
    {
        var query = db.Regions.AsNoTracking();
        if (country is not null)
        {
            query = query.Where(r => r.Country == country);
        }

        if (level is not null)
        {
            query = query.Where(r => r.Level == level);
        }

        if (on is { } day)
        {
            query = query.Where(r => (r.ValidFrom == null || r.ValidFrom <= day) && (r.ValidTo == null || r.ValidTo >= day));
        }

        return await query.OrderBy(r => r.Country).ThenBy(r => r.Code).ThenBy(r => r.ValidFrom).ToListAsync(cancellationToken);
    }
}
