using System.Security.Claims;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Riktning.Accounts;

namespace Riktning.Web.Features.Accounts;

/// <summary>
/// Administrators and analysts may create, change and delete any organisation's items, and the shared items that
/// belong to no organisation; an editor only those of the organisation in their <see cref="RiktningClaimTypes.Organisation"/>
/// claim. For a new item the resource is the item as it would be stored, so an editor cannot create one in another
/// organisation's name (or a shared one) either.
/// </summary>
public sealed class OrganisationItemAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, IOrganisationOwned>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, IOrganisationOwned resource)
    {
        if (MayChange(context.User, resource.OrganisationId))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }

    /// <summary>Whether <paramref name="user"/> may write items of organisation <paramref name="organisationId"/> (null: shared items).</summary>
    public static bool MayChange(ClaimsPrincipal user, int? organisationId) =>
        MayChangeEveryOrganisation(user)
        || (organisationId is not null && user.IsInRole(RoleNames.Editor) && OrganisationOf(user) == organisationId);

    /// <summary>Administrators and analysts: every organisation's items and the shared ones.</summary>
    public static bool MayChangeEveryOrganisation(ClaimsPrincipal user) =>
        user.IsInRole(RoleNames.Administrator) || user.IsInRole(RoleNames.Analyst);

    /// <summary>The organisation an editor acts for, or null.</summary>
    public static int? OrganisationOf(ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(RiktningClaimTypes.Organisation), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
