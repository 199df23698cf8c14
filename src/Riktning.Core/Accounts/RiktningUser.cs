using Microsoft.AspNetCore.Identity;

namespace Riktning.Accounts;

/// <summary>
/// A person who signs in to change plans, interventions and projects. Passwords, lockout and roles are ASP.NET Core
/// Identity's; Riktning adds the organisation an editor acts for and a name to show in the audit trail.
/// </summary>
public sealed class RiktningUser : IdentityUser
{
    /// <summary>The organisation an editor acts for; null for administrators and analysts, who act for the region.</summary>
    public int? OrganisationId { get; set; }

    public string DisplayName { get; set; } = "";
}
