using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.WebEncoders;
using Riktning.Web.Features.Accounts;
using Riktning.Web.Features.Cooperation;
using Riktning.Web.Features.Language;
using Riktning.Web.Features.OpenData;
using Riktning.Web.Features.Shared;
using Riktning.Web.Features.SituationAnalysis;

namespace Riktning.Web;

/// <summary>The web site: server-rendered Razor Pages under Features/, Swedish first, readable without JavaScript.</summary>
internal static class RiktningWebApp
{
    public static readonly CultureInfo[] Cultures = [new("sv"), new("nb"), new("en")];

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddRiktningCore(builder.Configuration);
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Services.AddHostedService<DatabaseStartup>();
        builder.Services.AddHostedService<Riktning.Statistics.RefreshSchedule>();
        builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
        builder.Services.AddRazorPages(o => o.RootDirectory = "/Features");
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton<SiteDefinitions>();
        builder.Services.AddScoped<Riktning.Web.Features.Plans.PlanningData>();
        builder.Services.AddRiktningSignIn(builder.Configuration);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<Riktning.Auditing.IAuditActor, HttpAuditActor>();
        builder.Services.AddAuthorization();
        builder.Services.AddSingleton<IAuthorizationHandler, OrganisationItemAuthorizationHandler>();
        builder.Services.AddCrossBorderPages();
        builder.Services.AddOpenDataApi();
        builder.Services.AddSituationAnalysisPages(builder.Configuration);
        // Pages, charts.js and API answers are text that shrinks 4-10×. Only responses to readers without a session are
        // compressed (see the pipeline): the pages of signed-in users carry their details beside echoed form input,
        // which over compressed HTTPS is what BREACH-style attacks read; the public pages hold no such secrets.
        builder.Services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "application/json+stat", "text/csv", "image/svg+xml"];
        });
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("sv");
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            // An explicit ?culture= wins, then the cookie the language links set; browsers' Accept-Language is
            // ignored on purpose: the public reports are Swedish first unless a reader picks another language.
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });

        var app = builder.Build();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error/500");
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseMiddleware<SecurityHeaders>();
        // The open data API is public, answers in every language at once and is the hot path: it skips the
        // language, sign-in and authorization steps that only pages need.
        static bool IsPage(HttpContext context) => !context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal);
        app.UseWhen(IsPage, pages => pages.UseRequestLocalization());
        app.UseWhen(context => !context.Request.Cookies.ContainsKey(AccountRegistration.SessionCookie), anonymous => anonymous.UseResponseCompression());
        app.UseStaticFiles();
        app.UseRouting();
        app.UseCors();
        app.UseWhen(IsPage, pages =>
        {
            pages.UseAuthentication();
            pages.UseRateLimiter();
            pages.UseAuthorization();
        });
        app.MapLanguageSwitch();
        app.MapRazorPages();
        app.MapOpenDataApi();
        app.MapSituationAnalysisExports();
        return app;
    }
}
