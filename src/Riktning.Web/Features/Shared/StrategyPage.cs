using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Riktning.Strategy;

namespace Riktning.Web.Features.Shared;

/// <summary>
/// Base for the pages that show the strategy. Every such page takes an optional <c>?revision=N</c>
/// so that an earlier revision stays readable after the strategy is revised.
/// </summary>
public abstract class StrategyPage : PageModel
{
    /// <summary>True for analysts and administrators, who are told the exact next step (a command) where figures are missing.</summary>
    public bool CanFetch => User.IsInRole(Accounts.RoleNames.Analyst) || User.IsInRole(Accounts.RoleNames.Administrator);

    [BindProperty(SupportsGet = true)]
    public int? Revision { get; set; }

    public LoadedDefinition? Loaded { get; private set; }

    public StrategyDefinition Strategy => Loaded?.Definition ?? throw new InvalidOperationException("No strategy loaded.");

    /// <summary>The revision to carry in links: none when reading the current one.</summary>
    public int? RevisionRoute => Loaded is { IsCurrent: false } ? Loaded.RevisionNumber : null;

    private protected async Task<bool> LoadStrategyAsync(SiteDefinitions site, CancellationToken cancellationToken)
    {
        Loaded = await site.StrategyAsync(Revision, cancellationToken);
        if (Loaded is not null)
        {
            ViewData["SiteTitle"] = LocalizedHtml.Plain(Loaded.Definition.Title);
        }

        return Loaded is not null;
    }
}
