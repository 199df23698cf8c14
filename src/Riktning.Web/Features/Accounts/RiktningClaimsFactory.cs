using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Riktning.Accounts;

namespace Riktning.Web.Features.Accounts;

/// <summary>Adds the organisation an editor acts for, so that authorization needs no database call per check.</summary>
public sealed class RiktningClaimsFactory(UserManager<RiktningUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<RiktningUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(RiktningUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.OrganisationId is { } organisation)
        {
            identity.AddClaim(new Claim(RiktningClaimTypes.Organisation, organisation.ToString(CultureInfo.InvariantCulture)));
        }

        return identity;
    }
}
