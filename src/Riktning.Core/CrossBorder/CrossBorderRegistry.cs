using Microsoft.Extensions.Options;
using Riktning.Setup;

namespace Riktning.CrossBorder;

/// <summary>
/// The cross-border registry: projects, agreements, activities and the knowledge base. Reads for the public pages and
/// stores what validators produced; authorization is the caller's (the web checks every write before calling here).
/// </summary>
public sealed class CrossBorderRegistry(RiktningDb db, StrategyCatalog catalog, IOptions<RiktningOptions> options)
{
    /// <summary>The border regions the overview draws, Swedish side first.</summary>
    public static readonly IReadOnlyList<string> OverviewRegions = ["SE-17", "SE-20", "SE-14", "NO-34", "NO-30", "NO-31", "NO-32", "NO-33", "NO-03"];

    public async Task<LoadedDefinition?> FrameworkAsync(CancellationToken cancellationToken = default) =>
        options.Value.Cooperation is { Length: > 0 } id
            ? await catalog.GetAsync(id, null, cancellationToken)
            : await catalog.GetFirstOfKindAsync(DefinitionKind.Cooperation, cancellationToken);

    public async Task<LoadedDefinition?> StrategyAsync(CancellationToken cancellationToken = default) =>
        options.Value.Strategy is { Length: > 0 } id
            ? await catalog.GetAsync(id, null, cancellationToken)
            : await catalog.GetFirstOfKindAsync(DefinitionKind.Strategy, cancellationToken);

    public async Task<CrossBorderReferences> ReferencesAsync(CancellationToken cancellationToken = default)
    {
        var framework = (await FrameworkAsync(cancellationToken))?.Definition;
        var strategy = (await StrategyAsync(cancellationToken))?.Definition;
        var organisations = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Key, StringComparer.Ordinal, cancellationToken);
        var regions = await db.Regions.AsNoTracking().Select(r => new { r.Country, r.Code }).Distinct().ToListAsync(cancellationToken);
        var projects = await db.CrossBorderProjects.AsNoTracking().Select(p => new { p.Key, p.Id }).ToDictionaryAsync(p => p.Key, p => p.Id, StringComparer.Ordinal, cancellationToken);
        return new CrossBorderReferences(
            organisations,
            regions.Where(r => r.Code != RegionKey.CountryCode).ToDictionary(r => RegionKey.Format(r.Country, r.Code), r => r.Country, StringComparer.Ordinal),
            (framework?.CooperationAreas.Select(a => a.Id) ?? []).ToHashSet(StringComparer.Ordinal),
            (framework?.BusinessAreas.Select(a => a.Id) ?? []).ToHashSet(StringComparer.Ordinal),
            (framework?.Recommendations.Select(a => a.Id) ?? []).ToHashSet(StringComparer.Ordinal),
            (strategy?.FocusAreas.SelectMany(f => f.Goals).Select(g => g.Id) ?? []).ToHashSet(StringComparer.Ordinal),
            projects)
        {
            KeysForChange = (strategy?.KeysForChange.Select(k => k.Id) ?? []).ToHashSet(StringComparer.Ordinal),
            SmartSpecialisations = (strategy?.SmartSpecialisations.Select(k => k.Id) ?? []).ToHashSet(StringComparer.Ordinal),
            Missions = (strategy?.Missions.Select(k => k.Id) ?? []).ToHashSet(StringComparer.Ordinal),
        };
    }

    public async Task<ProjectPage> SearchAsync(ProjectQuery query, CancellationToken cancellationToken = default)
    {
        var filtered = await FilterAsync(query, cancellationToken);
        var total = await filtered.CountAsync(cancellationToken);
        var page = Math.Max(1, query.Page);
        var items = await Ordered(filtered).Skip((page - 1) * query.PageSize).Take(query.PageSize).ToListAsync(cancellationToken);
        return new ProjectPage(items, total, page, query.PageSize);
    }

    /// <summary>Every project that matches, unpaged, for export.</summary>
    public async Task<IReadOnlyList<CrossBorderProject>> ListAsync(ProjectQuery query, CancellationToken cancellationToken = default) =>
        await Ordered(await FilterAsync(query, cancellationToken)).ToListAsync(cancellationToken);

    public Task<CrossBorderProject?> FindProjectAsync(int id, CancellationToken cancellationToken = default) =>
        db.CrossBorderProjects.AsNoTracking().Include(p => p.Organisation).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    public async Task<ProjectOverview> OverviewAsync(CancellationToken cancellationToken = default)
    {
        var projects = await db.CrossBorderProjects.AsNoTracking().Select(p => new { p.Regions, p.CooperationAreas }).ToListAsync(cancellationToken);
        var counties = await CountyOfAsync(cancellationToken);
        var byRegion = new Dictionary<string, int>(StringComparer.Ordinal);
        var byArea = new Dictionary<string, int>(StringComparer.Ordinal);
        var byBoth = new Dictionary<(string, string), int>();
        foreach (var project in projects)
        {
            var regions = project.Regions.Select(r => counties.GetValueOrDefault(r, r)).Distinct(StringComparer.Ordinal).ToList();
            foreach (var region in regions)
            {
                byRegion[region] = byRegion.GetValueOrDefault(region) + 1;
            }

            foreach (var area in project.CooperationAreas)
            {
                byArea[area] = byArea.GetValueOrDefault(area) + 1;
                foreach (var region in regions)
                {
                    byBoth[(area, region)] = byBoth.GetValueOrDefault((area, region)) + 1;
                }
            }
        }

        return new ProjectOverview(projects.Count, byRegion, byBoth, byArea);
    }

    /// <summary>Stores a validated project as new (<paramref name="id"/> null) or over a stored one; null if the key is taken by another project.</summary>
    public async Task<int?> SaveProjectAsync(int? id, CrossBorderProject values, CancellationToken cancellationToken = default)
    {
        if (await db.CrossBorderProjects.AnyAsync(p => p.Key == values.Key && p.Id != (id ?? 0), cancellationToken))
        {
            return null;
        }

        var stored = id is null ? null : await db.CrossBorderProjects.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (id is not null && stored is null)
        {
            throw new KeyNotFoundException($"project {id}");
        }

        if (stored is null)
        {
            db.CrossBorderProjects.Add(values);
            stored = values;
        }
        else
        {
            values.CopyTo(stored);
        }

        await db.SaveChangesAsync(cancellationToken);
        return stored.Id;
    }

    public async Task DeleteProjectAsync(int id, CancellationToken cancellationToken = default)
    {
        // Loaded and removed (not ExecuteDelete) so that the audit trail sees the deletion and its values.
        if (await db.CrossBorderProjects.FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is { } project)
        {
            foreach (var activity in await db.CrossBorderActivities.Where(a => a.ProjectId == id).ToListAsync(cancellationToken))
            {
                activity.ProjectId = null;
            }

            db.CrossBorderProjects.Remove(project);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public async Task<IReadOnlyList<CooperationAgreement>> AgreementsAsync(CancellationToken cancellationToken = default) =>
        await db.CooperationAgreements.AsNoTracking().OrderByDescending(a => a.SignedOn).ThenBy(a => a.Title).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<CrossBorderActivity>> ActivitiesAsync(CancellationToken cancellationToken = default) =>
        await db.CrossBorderActivities.AsNoTracking().OrderByDescending(a => a.Date).ThenBy(a => a.Title).ToListAsync(cancellationToken);

    /// <summary>Knowledge-base entries whose title, publisher, summary or keywords contain every word of <paramref name="text"/>.</summary>
    public async Task<IReadOnlyList<KnowledgeItem>> KnowledgeAsync(string? text, string? cooperationArea, KnowledgeKind? kind, CancellationToken cancellationToken = default)
    {
        var query = db.KnowledgeItems.AsNoTracking();
        foreach (var word in SearchText.Normalise(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            query = query.Where(k => k.SearchText.Contains(word));
        }

        if (!string.IsNullOrWhiteSpace(cooperationArea))
        {
            query = query.Where(k => k.CooperationAreas.Contains(cooperationArea));
        }

        if (kind is not null)
        {
            query = query.Where(k => k.Kind == kind);
        }

        return await query.OrderByDescending(k => k.Year).ThenBy(k => k.Title).ToListAsync(cancellationToken);
    }

    public Task<CooperationAgreement?> FindAgreementAsync(int id, CancellationToken cancellationToken = default) =>
        db.CooperationAgreements.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    public Task<CrossBorderActivity?> FindActivityAsync(int id, CancellationToken cancellationToken = default) =>
        db.CrossBorderActivities.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    public Task<KnowledgeItem?> FindKnowledgeAsync(int id, CancellationToken cancellationToken = default) =>
        db.KnowledgeItems.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    /// <summary>Adds (<paramref name="id"/> null) or overwrites an agreement, activity or knowledge item with validated values.</summary>
    public async Task<int> SaveAsync<T>(int? id, T values, CancellationToken cancellationToken = default) where T : class
    {
        if (id is null)
        {
            db.Set<T>().Add(values);
            await db.SaveChangesAsync(cancellationToken);
            return (int)db.Entry(values).Property("Id").CurrentValue!;
        }

        var stored = await db.Set<T>().FindAsync([id.Value], cancellationToken) ?? throw new KeyNotFoundException($"{typeof(T).Name} {id}");
        var entry = db.Entry(stored);
        var incoming = db.Entry(values);
        foreach (var property in entry.Properties.Where(p => !p.Metadata.IsPrimaryKey()))
        {
            property.CurrentValue = incoming.Property(property.Metadata.Name).CurrentValue;
        }

        incoming.State = EntityState.Detached;
        await db.SaveChangesAsync(cancellationToken);
        return id.Value;
    }

    public async Task DeleteAsync<T>(int id, CancellationToken cancellationToken = default) where T : class
    {
        if (await db.Set<T>().FindAsync([id], cancellationToken) is { } stored)
        {
            db.Set<T>().Remove(stored);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>Region key → key of the county it belongs to, for every municipality key ever used.</summary>
    private async Task<Dictionary<string, string>> CountyOfAsync(CancellationToken cancellationToken)
    {
        var municipalities = await db.Regions.AsNoTracking().Where(r => r.Level == RegionLevel.Municipality && r.ParentCode != null)
            .Select(r => new { r.Country, r.Code, r.ParentCode }).ToListAsync(cancellationToken);
        var counties = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in municipalities)
        {
            counties.TryAdd(RegionKey.Format(m.Country, m.Code), RegionKey.Format(m.Country, m.ParentCode!));
        }

        return counties;
    }

    private async Task<IQueryable<CrossBorderProject>> FilterAsync(ProjectQuery query, CancellationToken cancellationToken)
    {
        var projects = db.CrossBorderProjects.AsNoTracking().Include(p => p.Organisation).AsQueryable();
        foreach (var word in SearchText.Normalise(query.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            projects = projects.Where(p => p.SearchText.Contains(word));
        }

        if (!string.IsNullOrWhiteSpace(query.CooperationArea))
        {
            var area = query.CooperationArea;
            projects = projects.Where(p => p.CooperationAreas.Contains(area));
        }

        if (!string.IsNullOrWhiteSpace(query.BusinessArea))
        {
            var area = query.BusinessArea;
            projects = projects.Where(p => p.BusinessAreas.Contains(area));
        }

        if (!string.IsNullOrWhiteSpace(query.Recommendation))
        {
            var recommendation = query.Recommendation;
            projects = projects.Where(p => p.Recommendations.Contains(recommendation));
        }

        if (!string.IsNullOrWhiteSpace(query.Region))
        {
            // A county matches its municipalities too: a project in Eda is a project in Värmland.
            var counties = await CountyOfAsync(cancellationToken);
            var keys = counties.Where(c => c.Value == query.Region).Select(c => c.Key).Append(query.Region).ToList();
            projects = projects.Where(p => p.Regions.Any(r => keys.Contains(r)));
        }

        if (query.Status is { } status)
        {
            projects = projects.Where(p => p.Status == status);
        }

        if (query.Year is { } year)
        {
            var first = new DateOnly(year, 1, 1);
            var last = new DateOnly(year, 12, 31);
            projects = projects.Where(p => p.Start <= last && (p.End == null || p.End >= first));
        }

        return projects;
    }

    private static IQueryable<CrossBorderProject> Ordered(IQueryable<CrossBorderProject> projects) =>
        projects.OrderByDescending(p => p.Start).ThenBy(p => p.Key);
}
