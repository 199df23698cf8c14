using Riktning.Plans;
using Riktning.Web.Features.Accounts;

namespace Riktning.Web.Features.Interventions;

/// <summary>Asks, then deletes an intervention (the audit trail keeps its last values).</summary>
[Authorize]
public sealed class DeleteModel(RiktningDb db, IAuthorizationService authorization) : OwnedItemDeletePage<Intervention>(db, authorization)
{
    public Intervention Intervention => Item;

    protected override string ListPath => "/interventions";
}
