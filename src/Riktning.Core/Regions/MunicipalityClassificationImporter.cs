using System.Text.RegularExpressions;

namespace Riktning.Regions;

/// <summary>
/// Stores a municipality classification in one transaction. Every municipality must be one of the country's in the region
/// registry (any validity period) and in at most one group; a file with any bad row stores nothing. Importing the same
/// groups again changes nothing; changed groups replace the classification as a whole, under a new id, so that caches
/// keyed by the store version follow.
/// </summary>
public sealed partial class MunicipalityClassificationImporter(RiktningDb db, TimeProvider clock, StoreVersionMonitor versions)
{
    public async Task<MunicipalityClassificationImportResult> ImportAsync(
        string key,
        string name,
        string country,
        string source,
        IReadOnlyList<ClassificationGroupInput> groups,
        CancellationToken cancellationToken = default)
    {
        if (!KeyPattern().IsMatch(key))
        {
            throw new ImportFormatException($"--key: '{key}' is not a classification key (lower-case letters, digits and '-', e.g. skr-2017)");
        }

        if (string.IsNullOrWhiteSpace(name) || name.Length > 200)
        {
            throw new ImportFormatException("--name: give the classification's name as published (at most 200 characters)");
        }

        var known = (await db.Regions.AsNoTracking()
                .Where(r => r.Country == country && r.Level == RegionLevel.Municipality)
                .Select(r => r.Code)
                .ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var groupOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var incoming = new List<MunicipalityGroup>();
        foreach (var group in groups)
        {
            if (group.Members.Count == 0)
            {
                throw new ImportFormatException($"{source}: group '{group.Name}' has no municipalities");
            }

            var members = new List<MunicipalityGroupMember>();
            foreach (var member in group.Members)
            {
                if (!known.Contains(member.MunicipalityCode))
                {
                    throw new ImportFormatException($"{source}: {member.Where}: '{member.MunicipalityCode}' is not a municipality code of {country} in the region registry");
                }

                if (!groupOf.TryAdd(member.MunicipalityCode, group.Name))
                {
                    throw new ImportFormatException($"{source}: {member.Where}: municipality {member.MunicipalityCode} is in group '{groupOf[member.MunicipalityCode]}' already, and a municipality is in one group only");
                }

                members.Add(new MunicipalityGroupMember { RegionKey = RegionKey.Format(country, member.MunicipalityCode) });
            }

            incoming.Add(new MunicipalityGroup { Code = group.Code, Name = group.Name.Trim(), Position = incoming.Count, Members = members });
        }

        if (incoming.Count == 0)
        {
            throw new ImportFormatException($"{source}: the classification has no groups");
        }

        var duplicateCode = incoming.GroupBy(g => g.Code, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicateCode is not null)
        {
            throw new ImportFormatException($"{source}: group code '{duplicateCode.Key}' is used by two groups");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var stored = await db.MunicipalityClassifications
            .Include(c => c.Groups).ThenInclude(g => g.Members)
            .AsSplitQuery()
            .SingleOrDefaultAsync(c => c.Key == key, cancellationToken);
        var result = new MunicipalityClassificationImportResult(key, incoming.Count, groupOf.Count, Changed: true);
        if (stored is not null && stored.Name == name.Trim() && Content(stored.Groups) == Content(incoming))
        {
            return result with { Changed = false };
        }

        if (stored is not null)
        {
            db.MunicipalityClassifications.Remove(stored);
            await db.SaveChangesAsync(cancellationToken);
        }

        var classification = new MunicipalityClassification
        {
            Key = key,
            Name = name.Trim(),
            Source = source,
            ImportedAtUtc = clock.GetUtcNow().UtcDateTime,
            Groups = incoming,
        };
        db.MunicipalityClassifications.Add(classification);
        await db.SaveChangesAsync(cancellationToken);

        // The members' classification id is only known once the classification has one.
        foreach (var member in incoming.SelectMany(g => g.Members))
        {
            member.ClassificationId = classification.Id;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        versions.Invalidate();
        return result;
    }

    /// <summary>The stored classifications by key, each with its groups and their members.</summary>
    public async Task<IReadOnlyList<MunicipalityClassification>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.MunicipalityClassifications.AsNoTracking()
            .Include(c => c.Groups).ThenInclude(g => g.Members)
            .AsSplitQuery()
            .OrderBy(c => c.Key)
            .ToListAsync(cancellationToken);

    private static string Content(IEnumerable<MunicipalityGroup> groups) => string.Join('\n', groups
        .OrderBy(g => g.Position)
        .Select(g => $"{g.Code}\t{g.Name}\t{string.Join(',', g.Members.Select(m => m.RegionKey).Order(StringComparer.Ordinal))}"));

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,49}$")]
    private static partial Regex KeyPattern();
}
