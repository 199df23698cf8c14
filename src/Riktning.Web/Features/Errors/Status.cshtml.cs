namespace Riktning.Web.Features.Errors;

/// <summary>The page shown for error statuses (re-executed by the status-code and exception middleware): 400, 403, 404, 409 say what happened, the rest "try again".</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    /// <summary>An exception re-executed here as /error/500 may have been given a truer status (409, 413) on the way.</summary>
    public void OnGet(int code) => Code = code == StatusCodes.Status500InternalServerError && Response.StatusCode >= 400 ? Response.StatusCode : code;
}
