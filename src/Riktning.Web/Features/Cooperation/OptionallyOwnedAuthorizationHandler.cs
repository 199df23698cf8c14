using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Riktning.Accounts;
using Riktning.CrossBorder;
using Riktning.Web.Features.Accounts;

namespace Riktning.Web.Features.Cooperation;

/// <summary>
/// Agreements and knowledge items may have no owner: those are the region's shared entries, which only analysts and
/// administrators may create, change or delete. An owned one follows <see cref="OrganisationItemAuthorizationHandler"/>.
/// </summary>
public sealed class OptionallyOwnedAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, IOptionallyOwned>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, IOptionallyOwned resource)
    {
        var allowed = resource.OrganisationId is { } owner
            ? OrganisationItemAuthorizationHandler.MayChange(context.User, owner)
            : context.User.IsInRole(RoleNames.Administrator) || context.User.IsInRole(RoleNames.Analyst);
        if (allowed)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
