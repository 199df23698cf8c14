using Microsoft.Extensions.Options;
using Riktning.Web.Features.Accounts;

namespace Riktning.Web.Features.Shared;

/// <summary>
/// Headers every response carries: no framing, no MIME sniffing, and a CSP that allows only our own files. HSTS is
/// added by UseHsts outside Development, and only on HTTPS responses.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next, IOptions<OpenIdConnectSettings> oidc)
{
    // Forms post only to us; the OpenID Connect sign-in form is answered with a redirect to the identity provider,
    // which browsers check against form-action too, so its origin is allowed when it is configured.
    private readonly string _policy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"
        + (oidc.Value.IsConfigured && Uri.TryCreate(oidc.Value.Authority, UriKind.Absolute, out var authority) ? " " + authority.GetLeftPart(UriPartial.Authority) : "");

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = _policy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        return next(context);
    }
}
