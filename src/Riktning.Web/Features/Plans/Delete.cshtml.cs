using Riktning.Plans;
using Riktning.Web.Features.Accounts;

namespace Riktning.Web.Features.Plans;

/// <summary>Asks, then deletes a plan; its interventions stay, without a plan.</summary>
[Authorize]
public sealed class DeleteModel(RiktningDb db, IAuthorizationService authorization) : OwnedItemDeletePage<Plan>(db, authorization)
{
    public Plan Plan => Item;

    protected override string ListPath => "/plans";

    protected override async Task RemoveAsync(RiktningDb store, Plan item, CancellationToken cancellationToken)
    {
        // Unlinked here rather than by the database, so that each intervention's change is in the audit trail.
        foreach (var intervention in await store.Interventions.Where(i => i.PlanId == item.Id).ToListAsync(cancellationToken))
        {
            intervention.PlanId = null;
        }

        await base.RemoveAsync(store, item, cancellationToken);
    }
}
