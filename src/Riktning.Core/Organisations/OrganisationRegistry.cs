namespace Riktning.Organisations;

/// <summary>The organisations that own plans, interventions and projects.</summary>
public sealed class OrganisationRegistry(RiktningDb db)
{
    /// <summary>
    /// Adds and updates organisations from list files in one transaction, matched on their key. Never deletes: an
    /// organisation may own items, and the audit trail refers to it.
    /// </summary>
    public async Task<ImportResult> SyncAsync(IEnumerable<string> files, CancellationToken cancellationToken = default)
    {
        var incoming = new List<Organisation>();
        foreach (var file in files)
        {
            using var reader = new StreamReader(file);
            incoming.AddRange(OrganisationCsvReader.Read(reader, file));
        }

        var duplicate = incoming.GroupBy(o => o.Key, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new OrganisationListException($"organisation '{duplicate.Key}' is listed twice");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var existing = await db.Organisations.ToDictionaryAsync(o => o.Key, StringComparer.Ordinal, cancellationToken);
        var result = ImportResult.Upsert(incoming, existing, o => o.Key, o => db.Organisations.Add(o), static (stored, organisation) =>
        {
            if (stored.Name == organisation.Name && stored.Country == organisation.Country && stored.Kind == organisation.Kind && stored.RegionKey == organisation.RegionKey)
            {
                return false;
            }

            (stored.Name, stored.Country, stored.Kind, stored.RegionKey) = (organisation.Name, organisation.Country, organisation.Kind, organisation.RegionKey);
            return true;
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return result;
    }

    /// <summary>All organisations, Swedish first, then by name.</summary>
    public async Task<IReadOnlyList<Organisation>> ListAsync(CancellationToken cancellationToken = default) =>
        (await db.Organisations.AsNoTracking().ToListAsync(cancellationToken))
            .OrderByDescending(o => o.Country == "SE")
            .ThenBy(o => o.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("sv"), ignoreCase: true))
            .ToList();

    public Task<Organisation?> FindAsync(string key, CancellationToken cancellationToken = default) =>
        db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Key == key, cancellationToken);
}
