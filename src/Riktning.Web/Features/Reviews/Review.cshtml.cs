using Riktning.Plans;
using Riktning.Reviews;
using Riktning.Text;

namespace Riktning.Web.Features.Reviews;

/// <summary>
/// <c>/reviews/{id}</c>: the review workspace. Per goal and indicator the evidence of the period (trend against the
/// baseline, gaps, the cycles' outcomes, the linked work), the proposals with their reasons and decisions, and the form
/// that ends the review in a new revision. Signed-in users read it; analysts and administrators decide and complete.
/// </summary>
[Authorize]
public sealed class ReviewModel(ReviewService reviews, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public ReviewInput Input { get; set; } = new();

    public StrategyReview Review { get; private set; } = null!;

    public IReadOnlyList<ReviewProposal> Proposals { get; private set; } = [];

    public ReviewEvidence Evidence { get; private set; } = null!;

    public bool CanWrite { get; private set; }

    /// <summary>Indicator names of the reviewed revision, with the names proposed for added ones.</summary>
    public IReadOnlyDictionary<string, LocalizedText> IndicatorNames { get; private set; } = new Dictionary<string, LocalizedText>();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostDecideAsync(int id, int proposalId, string? decision, CancellationToken cancellationToken)
    {
        if (!ReviewAccess.CanWrite(User))
        {
            return Forbid();
        }

        if (!PlanningSpelling.TryParse<ProposalDecision>(decision, out var value))
        {
            return BadRequest();
        }

        await reviews.DecideAsync(id, proposalId, value, cancellationToken);
        return Redirect($"/reviews/{ReviewAccess.Text(id)}#proposal-{ReviewAccess.Text(proposalId)}");
    }

    public async Task<IActionResult> OnPostCompleteAsync(int id, CancellationToken cancellationToken)
    {
        if (!ReviewAccess.CanWrite(User))
        {
            return Forbid();
        }

        var completed = await reviews.CompleteAsync(id, Input.Label, cancellationToken);
        if (!completed.Succeeded)
        {
            ReviewAccess.AddProblems(ModelState, completed.Problems, t);
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }

        return Redirect($"/revisions/compare?strategy={Uri.EscapeDataString(completed.Item!.StrategyId)}&from={ReviewAccess.Text(completed.Item.BaseRevision)}&to={ReviewAccess.Text(completed.Item.ResultRevision!.Value)}");
    }

    public string Indicator(string id) => IndicatorNames.TryGetValue(id, out var name) ? Shared.LocalizedHtml.Plain(name) : id;

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await reviews.FindAsync(id, cancellationToken) is not { } review)
        {
            return false;
        }

        Review = review;
        CanWrite = ReviewAccess.CanWrite(User) && review.Status == ReviewStatus.Open;
        Proposals = await reviews.ProposalsAsync(id, cancellationToken);
        Evidence = await reviews.EvidenceAsync(review, cancellationToken);
        var names = Evidence.Revision.Definition.Indicators.ToDictionary(i => i.Id, i => i.Name, StringComparer.Ordinal);
        foreach (var added in Proposals.Where(p => p.Kind == ProposalKind.Add && p.Name is not null))
        {
            names.TryAdd(added.IndicatorId, new LocalizedText(added.Name!));
        }

        IndicatorNames = names;
        return true;
    }
}
