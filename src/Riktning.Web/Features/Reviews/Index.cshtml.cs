using Riktning.Reviews;

namespace Riktning.Web.Features.Reviews;

/// <summary><c>/reviews</c>: the strategy's review periods, newest first.</summary>
[Authorize]
public sealed class IndexModel(ReviewService reviews) : PageModel
{
    public IReadOnlyList<StrategyReview> Reviews { get; private set; } = [];

    public bool CanWrite { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Reviews = await reviews.ListAsync(cancellationToken);
        CanWrite = ReviewAccess.CanWrite(User);
    }
}
