using Riktning.Reviews;

namespace Riktning.Web.Features.Reviews;

/// <summary><c>/reviews/new</c>: starts a review of the site strategy's current revision for a period (analysts and administrators).</summary>
[Authorize(Roles = ReviewAccess.Writers)]
public sealed class CreateModel(SiteDefinitions site, ReviewService reviews, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public ReviewFields Input { get; set; } = new();

    public void OnGet()
    {
        // The strategy reviews about every four years: the four years that ended last.
        var last = DateTime.UtcNow.Year - 1;
        Input.FromYear ??= (last - 3).ToString(CultureInfo.InvariantCulture);
        Input.ToYear ??= last.ToString(CultureInfo.InvariantCulture);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await site.StrategyAsync(null, cancellationToken) is not { } strategy)
        {
            return NotFound();
        }

        var created = await reviews.CreateAsync(strategy.Definition.Id, Input, cancellationToken);
        if (!created.Succeeded)
        {
            ReviewAccess.AddProblems(ModelState, created.Problems, t);
            return Page();
        }

        return Redirect($"/reviews/{ReviewAccess.Text(created.Item!.Id)}");
    }
}
