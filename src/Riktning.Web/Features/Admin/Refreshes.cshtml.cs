using Riktning.Accounts;

namespace Riktning.Web.Features.Admin;

/// <summary>The refresh history of every instance on the store, newest first: who ran it, when, how it ended, what it counted.</summary>
[Authorize(Roles = RoleNames.Administrator)]
public sealed class RefreshesModel(RefreshCoordinator coordinator) : PageModel
{
    public const int Shown = 100;

    public IReadOnlyList<RefreshRun> Runs { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Runs = await coordinator.HistoryAsync(Shown, cancellationToken);
}
