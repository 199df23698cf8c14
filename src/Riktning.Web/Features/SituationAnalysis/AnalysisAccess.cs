using System.Security.Claims;
using Riktning.Accounts;
using Riktning.SituationAnalysis;

namespace Riktning.Web.Features.SituationAnalysis;

/// <summary>Who may see and change situation analyses: analysts and administrators write and read drafts; everyone reads what is published.</summary>
public static class AnalysisAccess
{
    public const string Writers = RoleNames.Administrator + "," + RoleNames.Analyst;

    public static bool CanWrite(ClaimsPrincipal user) => user.IsInRole(RoleNames.Administrator) || user.IsInRole(RoleNames.Analyst);

    public static bool CanRead(ClaimsPrincipal user, AnnualAnalysis analysis) => analysis.Status == AnalysisStatus.Published || CanWrite(user);

    /// <summary>Region names by key, the latest name of each, for the document's tables and charts.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> RegionNamesAsync(RegionRegistry regions, CancellationToken cancellationToken) =>
        (await regions.ListAsync(cancellationToken: cancellationToken))
            .GroupBy(r => r.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.ValidFrom).First().Name, StringComparer.Ordinal);
}
