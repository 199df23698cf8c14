using System.Threading.RateLimiting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Riktning.Accounts;

namespace Riktning.Web.Features.Accounts;

/// <summary>Sign-in for the web site, over the accounts (ASP.NET Core Identity on RiktningDb) that <c>AddRiktningCore</c> registers.</summary>
public static class AccountRegistration
{
    public const string LoginRateLimit = "login";

    /// <summary>The sign-in cookie's name.</summary>
    public const string SessionCookie = "riktning.session";

    /// <summary>Cookie sign-in, the rate-limited login, and OpenID Connect when it is configured.</summary>
    public static void AddRiktningSignIn(this IServiceCollection services, IConfiguration configuration)
    {
        // The keys that protect session cookies and anti-forgery tokens live in the store, under one application name,
        // so that every instance on the same database accepts what another issued (and keys survive a redeploy).
        services.AddDataProtection().SetApplicationName("Riktning").PersistKeysToDbContext<RiktningDb>();
        new IdentityBuilder(typeof(RiktningUser), typeof(IdentityRole), services).AddSignInManager().AddClaimsPrincipalFactory<RiktningClaimsFactory>();
        services.AddOptions<AccountSettings>().Bind(configuration.GetSection(AccountSettings.Section));
        services.AddOptions<OpenIdConnectSettings>().Bind(configuration.GetSection(OpenIdConnectSettings.Section));
        services.AddOptions<SecurityStampValidatorOptions>().Configure<Microsoft.Extensions.Options.IOptions<AccountSettings>>(
            (o, settings) => o.ValidationInterval = settings.Value.SessionCheckInterval);

        var authentication = services.AddAuthentication(IdentityConstants.ApplicationScheme);
        authentication.AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(o =>
        {
            o.Cookie.Name = SessionCookie;
            o.Cookie.HttpOnly = true;
            // Lax, not Strict: the OpenID Connect callback is a top-level navigation from the identity provider.
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/access-denied";
            // A signed-in user who may not do something gets 403 on the same address (the status page explains),
            // not a redirect: tests and scripts see the refusal where it happened.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        }));

        var oidc = configuration.GetSection(OpenIdConnectSettings.Section).Get<OpenIdConnectSettings>();
        if (oidc is { IsConfigured: true })
        {
            authentication.AddOpenIdConnect(OpenIdConnectSettings.Scheme, "OpenID Connect", o =>
            {
                o.Authority = oidc.Authority;
                o.ClientId = oidc.ClientId;
                o.ClientSecret = oidc.ClientSecret;
                o.ResponseType = "code";
                o.UsePkce = true;
                o.SignInScheme = IdentityConstants.ExternalScheme;
                o.Scope.Add("email");
                o.GetClaimsFromUserInfoEndpoint = true;
                o.CallbackPath = "/account/signin-oidc";
            });
        }

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(LoginRateLimit, context =>
            {
                // Only attempts count: reading the login form is free.
                if (!HttpMethods.IsPost(context.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter("read");
                }

                var permits = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<AccountSettings>>().Value.LoginAttemptsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
        });
    }
}
