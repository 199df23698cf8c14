using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.WebEncoders;
using Riktning.Web.Features.Accounts;
using Riktning.Web.Features.Cooperation;
using Riktning.Web.Features.Language;
using Riktning.Web.Features.OpenData;
using Riktning.Web.Features.SituationAnalysis;

namespace Riktning.Web;

/// <summary>The web site: server-rendered Razor Pages under Features/, Swedish first, readable without JavaScript.</summary>
internal static class RiktningWebApp
{
    public static readonly CultureInfo[] Cultures = [new("sv"), new("nb"), new("en")];

    public static WebApplication Build(string[] args)
    {
        var contentRoot = HostPaths.ContentRoot();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = contentRoot });
        if (contentRoot is not null)
        {
            // Started outside the project folder (dotnet run from the repository root): wwwroot through the build's manifest.
            builder.WebHost.UseStaticWebAssets();
        }

        builder.Services.AddRiktning(builder.Configuration);
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        builder.Services.AddHostedService<DatabaseStartup>();
        // Liveness answers while the process runs; readiness only while the store answers too (for load balancers).
        builder.Services.AddHealthChecks().AddDbContextCheck<Riktning.Data.RiktningDb>("database", tags: ["ready"]);
        builder.Services.AddHostedService<Riktning.Statistics.RefreshSchedule>();
        builder.Services.AddHostedService<Riktning.Statistics.FirstStartRefresh>();
        builder.Services.AddRazorPages(o => o.RootDirectory = "/Features")
            .AddMvcOptions(o => o.ModelMetadataDetailsProviders.Add(new Riktning.Web.Features.Cooperation.ColumnNameBinding()));
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton<Riktning.Web.Features.DataDesk.DeskUploads>();
        builder.Services.AddRiktningSignIn(builder.Configuration);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<Riktning.Auditing.IAuditActor, HttpAuditActor>();
        builder.Services.AddAuthorization();
        builder.Services.AddSingleton<IAuthorizationHandler, OrganisationItemAuthorizationHandler>();
        builder.Services.AddCrossBorderPages();
        builder.Services.AddOpenDataApi();
        builder.Services.AddRequestLimits(builder.Configuration);
        builder.Services.AddSituationAnalysisPages(builder.Configuration);
        PageOutputCache.AddPageOutputCache(builder.Services);
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
        // First: the client's address and scheme (from configured proxies only) decide HSTS, Secure cookies and limits.
        app.UseConfiguredProxies();
        // Then a request under /strategies/{id}/ runs the whole pipeline with that prefix as its path base.
        app.UseMiddleware<StrategyPathBase>();
        // The open data API is public, answers in every language at once and is the hot path: it skips the
        // language, sign-in and authorization steps that only pages need. Its errors are ProblemDetails, never a page.
        static bool IsPage(HttpContext context) => !context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal);
        app.UseWhen(context => !IsPage(context), api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = RequestLimits.StatusFor });
            api.UseStatusCodePages();
        });
        app.UseWhen(IsPage, pages =>
        {
            if (!app.Environment.IsDevelopment())
            {
                pages.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/error/500", StatusCodeSelector = RequestLimits.StatusFor });
            }

            pages.UseStatusCodePagesWithReExecute("/error/{0}");
        });
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseUploadLimit();
        // User errors (RiktningException) get their status once: ProblemDetails under /api, the error page elsewhere.
        app.UseMiddleware<Riktning.Web.Features.Errors.UserErrors>();

        app.UseMiddleware<SecurityHeaders>();
        app.UseWhen(IsPage, pages => pages.UseRequestLocalization());
        app.UseWhen(context => !context.Request.Cookies.ContainsKey(AccountRegistration.SessionCookie), anonymous => anonymous.UseResponseCompression());
        app.UseStaticFiles();
        app.UseRouting();
        app.UseCors();
        // The public pages that opt in are answered from their rendered HTML, kept per store version, language and
        // address (PageOutputCache). Before sign-in: only requests without a session cookie are served from it.
        app.UseWhen(IsPage, pages => pages.UseOutputCache());
        app.UseWhen(IsPage, pages =>
        {
            pages.UseAuthentication();
            pages.UseRateLimiter();
            pages.UseAuthorization();
        });
        app.UseWhen(context => !IsPage(context), api => api.UseRateLimiter());
        app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains("ready") });
        app.MapLanguageSwitch();
        app.MapRazorPages();
        app.MapOpenDataApi();
        app.MapSituationAnalysisExports();
        return app;
    }
}
