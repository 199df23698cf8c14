using System.Security.Claims;
using Riktning.Accounts;
using Riktning.Plans;

namespace Riktning.Cycles;

/// <summary>What the cycle pages share: the strategy, the cooperation framework, the organisations and the references forms are checked against.</summary>
public sealed class CycleData(PlanningData planning, SiteDefinitions site, RiktningDb db)
{
    /// <summary>Who edits cycles, meetings, calls and outcomes.</summary>
    public const string EditorRoles = RoleNames.Administrator + "," + RoleNames.Analyst;

    public Task<StrategyDefinition> StrategyAsync(CancellationToken cancellationToken) => planning.StrategyAsync(cancellationToken);

    public async Task<StrategyDefinition?> CooperationAsync(CancellationToken cancellationToken) => (await site.CooperationAsync(cancellationToken))?.Definition;

    public Task<IReadOnlyList<Organisation>> OrganisationsAsync(CancellationToken cancellationToken) => planning.OrganisationsAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<int, Organisation>> OrganisationsByIdAsync(CancellationToken cancellationToken) => await planning.OrganisationsByIdAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<string, int>> OrganisationIdsAsync(CancellationToken cancellationToken) =>
        (await OrganisationsAsync(cancellationToken)).ToDictionary(o => o.Key, o => o.Id, StringComparer.Ordinal);

    public async Task<IReadOnlyList<KeyValuePair<string, string>>> OrganisationOptionsAsync(CancellationToken cancellationToken) =>
        [.. (await OrganisationsAsync(cancellationToken)).Select(o => new KeyValuePair<string, string>(o.Key, o.Name))];

    public async Task<CycleReferences> ReferencesAsync(CancellationToken cancellationToken) => new(
        await StrategyAsync(cancellationToken),
        await CooperationAsync(cancellationToken),
        await OrganisationIdsAsync(cancellationToken),
        await db.Interventions.AsNoTracking().ToDictionaryAsync(i => i.Key, i => i.Id, StringComparer.Ordinal, cancellationToken));

    public static bool MayEdit(ClaimsPrincipal user) => user.IsInRole(RoleNames.Administrator) || user.IsInRole(RoleNames.Analyst);

    /// <summary>
    /// The strategy's regional leadership among the registered organisations, which a new call is addressed to by
    /// default: the organisations of the strategy owner's county (the owner is found by name, e.g. Region Värmland in
    /// SE-17) and the civil society, cluster and business organisations of the owner's country.
    /// </summary>
    public async Task<IReadOnlyList<Organisation>> LeadershipAsync(CancellationToken cancellationToken)
    {
        var strategy = await StrategyAsync(cancellationToken);
        var organisations = await OrganisationsAsync(cancellationToken);
        var owner = organisations.FirstOrDefault(o => string.Equals(o.Name, strategy.Owner, StringComparison.Ordinal));
        if (owner?.RegionKey is not { } county)
        {
            return [];
        }

        return [.. organisations.Where(o => o.Country == owner.Country
            && ((o.RegionKey is { } region && (region == county || region.StartsWith(county, StringComparison.Ordinal)))
                || o.Kind is OrganisationKind.CivilSociety or OrganisationKind.Cluster or OrganisationKind.BusinessOrganisation))];
    }
}
