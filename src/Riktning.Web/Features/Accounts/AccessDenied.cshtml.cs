namespace Riktning.Web.Features.Accounts;

/// <summary>Explains a refusal; answered with 403 so that it is not mistaken for success.</summary>
[AllowAnonymous]
public sealed class AccessDeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
