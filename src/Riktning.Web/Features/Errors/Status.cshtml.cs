using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Riktning.Web.Features.Errors;

/// <summary>The page shown for error statuses (re-executed by the status-code and exception middleware): 400, 403, 404, 409 say what happened, the rest "try again".</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int code) => Code = code;
}
