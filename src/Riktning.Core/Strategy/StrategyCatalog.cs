using Microsoft.Extensions.Caching.Memory;

namespace Riktning.Strategy;

/// <summary>A loaded definition together with the revision it came from.</summary>
public sealed record LoadedDefinition(StrategyDefinition Definition, int RevisionNumber, DateTime LoadedAtUtc, bool IsCurrent);

/// <summary>
/// Reads stored definitions. Which revision is current is asked of the database every time, so several
/// web instances agree; the parsed document is cached per revision, which never changes once stored.
/// </summary>
public sealed class StrategyCatalog(RiktningDb db, IMemoryCache cache)
{
    public async Task<IReadOnlyList<RevisionSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.StrategyRevisions
            .OrderBy(r => r.DefinitionId).ThenBy(r => r.Number)
            .Select(r => new { r.DefinitionId, r.Number, r.Kind, r.Label, r.Title, r.SourceFile, r.LoadedAtUtc })
            .ToListAsync(cancellationToken);
        var current = rows.GroupBy(r => r.DefinitionId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Max(r => r.Number), StringComparer.Ordinal);
        return rows.Select(r => new RevisionSummary(r.DefinitionId, r.Number, r.Kind, r.Label, r.Title, r.SourceFile, r.LoadedAtUtc, current[r.DefinitionId] == r.Number)).ToList();
    }

    /// <summary>The given revision of a definition, or the current one when <paramref name="number"/> is null.</summary>
    public async Task<LoadedDefinition?> GetAsync(string definitionId, int? number = null, CancellationToken cancellationToken = default)
    {
        var revisions = db.StrategyRevisions.Where(r => r.DefinitionId == definitionId);
        var latest = await revisions.MaxAsync(r => (int?)r.Number, cancellationToken);
        if (latest is null)
        {
            return null;
        }

        var wanted = number ?? latest.Value;
        var row = await revisions.Where(r => r.Number == wanted).Select(r => new { r.Id, r.LoadedAtUtc }).FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var definition = await cache.GetOrCreateAsync(("strategy-revision", row.Id), async entry =>
        {
            entry.SlidingExpiration = TimeSpan.FromHours(1);
            var document = await db.StrategyRevisions.Where(r => r.Id == row.Id).Select(r => r.Document).SingleAsync(cancellationToken);
            return DefinitionJson.Deserialize(document);
        });
        return new LoadedDefinition(definition!, wanted, row.LoadedAtUtc, wanted == latest);
    }

    /// <summary>The current revision of the first definition of a kind, by id: used when no id is configured.</summary>
    public async Task<LoadedDefinition?> GetFirstOfKindAsync(DefinitionKind kind, CancellationToken cancellationToken = default)
    {
        var id = await db.StrategyRevisions.Where(r => r.Kind == kind).OrderBy(r => r.DefinitionId).Select(r => r.DefinitionId).FirstOrDefaultAsync(cancellationToken);
        return id is null ? null : await GetAsync(id, null, cancellationToken);
    }

    /// <summary>The current revision of every stored definition.</summary>
    public async Task<IReadOnlyList<LoadedDefinition>> CurrentAsync(CancellationToken cancellationToken = default)
    {
        var ids = await db.StrategyRevisions.Select(r => r.DefinitionId).Distinct().ToListAsync(cancellationToken);
        var current = new List<LoadedDefinition>();
        foreach (var id in ids.Order(StringComparer.Ordinal))
        {
            current.Add((await GetAsync(id, null, cancellationToken))!);
        }

        return current;
    }

    /// <summary>A measure of any current definition, with its indicator, or null.</summary>
    public async Task<(Indicator Indicator, Measure Measure)?> FindMeasureAsync(string measureId, CancellationToken cancellationToken = default)
    {
        foreach (var loaded in await CurrentAsync(cancellationToken))
        {
            foreach (var indicator in loaded.Definition.Indicators)
            {
                if (indicator.Measures.FirstOrDefault(m => m.Id == measureId) is { } measure)
                {
                    return (indicator, measure);
                }
            }
        }

        return null;
    }
}
