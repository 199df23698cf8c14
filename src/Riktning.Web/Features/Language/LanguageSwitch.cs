using Microsoft.AspNetCore.Localization;

namespace Riktning.Web.Features.Language;

/// <summary>Plain links switch the language (no JavaScript, no form): the choice is kept in the standard culture cookie.</summary>
internal static class LanguageSwitch
{
    public static void MapLanguageSwitch(this IEndpointRouteBuilder app) =>
        app.MapGet("/language/{culture}", (string culture, string? returnUrl, HttpContext context) =>
        {
            if (!RiktningWebApp.Cultures.Any(c => c.Name == culture))
            {
                return Results.NotFound();
            }

            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            // Only local paths: the return address must not become an open redirect.
            // "/\evil.com" is read by browsers as "//evil.com": a backslash after the slash is not local either.
            var target = returnUrl is { Length: > 0 } && returnUrl[0] == '/' && (returnUrl.Length == 1 || returnUrl[1] is not ('/' or '\\'))
                && !returnUrl.Any(char.IsControl) ? returnUrl : "/";
            return Results.LocalRedirect(target);
        }).WithName("SwitchLanguage").ExcludeFromDescription();
}
