using Microsoft.AspNetCore.Mvc.Filters;
using Riktning.Analysis;

namespace Riktning.Web.Features.Shared;

/// <summary>
/// Base for the pages that show the strategy: the site's own, or another loaded one under <c>/strategies/{id}/</c>
/// (<see cref="StrategyPathBase"/>). Every such page takes an optional <c>?revision=N</c> so that an earlier revision
/// stays readable after the strategy is revised. The strategy names its region; the pages follow it.
/// </summary>
public abstract class StrategyPage : PageModel
{
    /// <summary>True for analysts and administrators, who are told the exact next step (a command) where figures are missing.</summary>
    public bool CanFetch => User.IsInRole(Riktning.Accounts.RoleNames.Analyst) || User.IsInRole(Riktning.Accounts.RoleNames.Administrator);

    [BindProperty(SupportsGet = true)]
    public int? Revision { get; set; }

    public LoadedDefinition? Loaded { get; private set; }

    public StrategyDefinition Strategy => Loaded?.Definition ?? throw new InvalidOperationException("No strategy loaded.");

    /// <summary>The revision to carry in links: none when reading the current one.</summary>
    public int? RevisionRoute => Loaded is { IsCurrent: false } ? Loaded.RevisionNumber : null;

    /// <summary>The strategy's region key (<c>SE-17</c>): where its statistics are followed.</summary>
    public string Region => IndicatorAnalysisService.RegionOf(Strategy);

    /// <summary>The region's name as the texts use it, in the reader's language ("Värmland").</summary>
    public string RegionName => LocalizedHtml.Plain(Strategy.RegionName);

    /// <summary>A strategy asked for by address (<c>/strategies/{id}/</c>) that is not loaded has no pages: every one of them is not found.</summary>
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (HttpContext.Features.Get<SiteStrategy>() is { } asked
            && await HttpContext.RequestServices.GetRequiredService<SiteDefinitions>().StrategyAsync(asked.Id, null, HttpContext.RequestAborted) is null)
        {
            context.Result = NotFound();
            return;
        }

        await next();
    }

    private protected async Task<bool> LoadStrategyAsync(SiteDefinitions site, CancellationToken cancellationToken)
    {
        Loaded = await site.StrategyAsync(HttpContext.Features.Get<SiteStrategy>()?.Id, Revision, cancellationToken);
        if (Loaded is not null)
        {
            ViewData["SiteTitle"] = LocalizedHtml.Plain(Loaded.Definition.Title);
        }

        return Loaded is not null;
    }
}
