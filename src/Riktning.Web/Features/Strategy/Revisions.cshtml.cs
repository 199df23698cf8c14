using Microsoft.AspNetCore.Mvc.RazorPages;
using Riktning.Strategy;

namespace Riktning.Web.Features.Strategy;

public sealed class RevisionsModel(StrategyCatalog catalog) : PageModel
{
    public IReadOnlyList<RevisionSummary> Revisions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Revisions = await catalog.ListAsync(cancellationToken);
}
