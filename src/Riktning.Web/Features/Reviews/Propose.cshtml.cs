using Riktning.Plans;
using Riktning.Reviews;

namespace Riktning.Web.Features.Reviews;

/// <summary>
/// <c>/reviews/{id}/proposals/new</c>: proposes a change to the reviewed revision's indicators (add, drop, rename,
/// rebind a measure) with its reason. Analysts and administrators only; an unknown indicator, goal or measure is an
/// error at its field and nothing is stored.
/// </summary>
[Authorize(Roles = ReviewAccess.Writers)]
public sealed class ProposeModel(ReviewService reviews, StrategyCatalog catalog, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public ProposalFields Input { get; set; } = new();

    public StrategyReview Review { get; private set; } = null!;

    public IReadOnlyList<KeyValuePair<string, string>> KindOptions { get; private set; } = [];

    public IReadOnlyList<KeyValuePair<string, string>> IndicatorOptions { get; private set; } = [];

    public IReadOnlyList<KeyValuePair<string, string>> GoalOptions { get; private set; } = [];

    public IReadOnlyList<KeyValuePair<string, string>> MeasureOptions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, string? kind, string? indicator, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input.Kind ??= kind;
        Input.Indicator ??= indicator;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var proposed = await reviews.ProposeAsync(id, Input, cancellationToken);
        if (!proposed.Succeeded)
        {
            ReviewAccess.AddProblems(ModelState, proposed.Problems, t);
            return Page();
        }

        return Redirect($"/reviews/{ReviewAccess.Text(id)}#proposals");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await reviews.FindAsync(id, cancellationToken) is not { } review || review.Status != ReviewStatus.Open)
        {
            return false;
        }

        Review = review;
        var definition = (await catalog.GetAsync(review.StrategyId, review.BaseRevision, cancellationToken))!.Definition;
        KindOptions = [new("", t["Review.ChooseKind"]), .. Enum.GetValues<ProposalKind>().Select(k => new KeyValuePair<string, string>(PlanningSpelling.Format(k), t[$"Review.Kind.{PlanningSpelling.Format(k)}"]))];
        IndicatorOptions = [new("", t["Review.ChooseIndicator"]), .. definition.Indicators.Select(i => new KeyValuePair<string, string>(i.Id, $"{LocalizedHtml.Plain(i.Name)} ({i.Id})"))];
        GoalOptions = [new("", t["Review.ChooseGoal"]), .. definition.Goals.Select(g => new KeyValuePair<string, string>(g.Id, LocalizedHtml.Plain(g.Name)))];
        MeasureOptions = [new("", t["Review.NoMeasure"]), .. (await reviews.KnownMeasuresAsync(review.StrategyId, cancellationToken)).Values
            .OrderBy(m => m.Id, StringComparer.Ordinal)
            .Select(m => new KeyValuePair<string, string>(m.Id, $"{LocalizedHtml.Plain(m.Name)} ({m.Id})"))];
        return true;
    }
}
