using Riktning.Accounts;

namespace Riktning.Web.Features.Admin;

/// <summary>The administrators' start: accounts, organisations and the audit trail.</summary>
[Authorize(Roles = RoleNames.Administrator)]
public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
