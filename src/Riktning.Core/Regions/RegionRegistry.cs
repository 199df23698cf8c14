using Microsoft.EntityFrameworkCore;
using Riktning.Data;

namespace Riktning.Regions;

/// <summary>The region registry: Swedish and Norwegian countries, counties and municipalities with their validity periods.</summary>
public sealed class RegionRegistry(RiktningDb db)
{
    /// <summary>Adds and updates regions from code-list files in one transaction; regions are never deleted, since figures may refer to them.</summary>
    public async Task<ImportResult> SyncAsync(IEnumerable<string> files, CancellationToken cancellationToken = default)
    {
        var incoming = new List<Region>();
        foreach (var file in files)
        {
            using var reader = new StreamReader(file);
            incoming.AddRange(RegionCsvReader.Read(reader, file));
        }

        var duplicate = incoming.GroupBy(r => (r.Country, r.Code, r.ValidFrom)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new RegionListException($"region {RegionKey.Format(duplicate.Key.Country, duplicate.Key.Code)} valid from {duplicate.Key.ValidFrom?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "the start"} is listed twice");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var existing = await db.Regions.ToDictionaryAsync(r => (r.Country, r.Code, r.ValidFrom), cancellationToken);
        var result = ImportResult.Upsert(incoming, existing, r => (r.Country, r.Code, r.ValidFrom), r => db.Regions.Add(r), static (stored, region) =>
        {
            if (stored.Name == region.Name && stored.Level == region.Level && stored.ParentCode == region.ParentCode && stored.ValidTo == region.ValidTo)
            {
                return false;
            }

            (stored.Name, stored.Level, stored.ParentCode, stored.ValidTo) = (region.Name, region.Level, region.ParentCode, region.ValidTo);
            return true;
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return result;
    }

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
