using System.Security.Claims;
using Riktning.Auditing;

namespace Riktning.Web.Features.Accounts;

/// <summary>
/// The web's author of a change: the signed-in user. Work the server does on its own (loading the bundled lists at
/// start, scheduled refreshes) has no request and is recorded as <c>server:&lt;OS user&gt;</c>.
/// </summary>
public sealed class HttpAuditActor(IHttpContextAccessor http) : IAuditActor
{
    private ClaimsPrincipal? User => http.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;

    public string? UserId => User?.FindFirstValue(ClaimTypes.NameIdentifier);

    public string Name => User?.Identity?.Name ?? (http.HttpContext is null ? "server:" + Environment.UserName : "anonymous");
}
