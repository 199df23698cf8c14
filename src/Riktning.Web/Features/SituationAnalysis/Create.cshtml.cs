using Riktning.SituationAnalysis;

namespace Riktning.Web.Features.SituationAnalysis;

/// <summary><c>/analysis/new</c>: starts the draft analysis of a year on the site's strategy (analysts and administrators).</summary>
[Authorize(Roles = AnalysisAccess.Writers)]
public sealed class CreateModel(SiteDefinitions site, SituationAnalysisService analyses, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public CreateInput Input { get; set; } = new();

    public void OnGet() => Input.Year ??= (DateTime.UtcNow.Year - 1).ToString(CultureInfo.InvariantCulture);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!int.TryParse(Input.Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            ModelState.AddModelError("Input.Year", t["Analysis.YearInvalid"]);
            return Page();
        }

        var strategy = await site.StrategyAsync(null, cancellationToken);
        if (strategy is null)
        {
            return NotFound();
        }

        var created = await analyses.CreateAsync(strategy.Definition.Id, year, cancellationToken);
        if (created.Problems.Count > 0)
        {
            foreach (var problem in created.Problems)
            {
                ModelState.AddModelError("Input." + problem.Field, t[problem.Message, [.. problem.Arguments]]);
            }

            return Page();
        }

        return Redirect($"/analysis/{created.Analysis!.Id}/edit");
    }
}
