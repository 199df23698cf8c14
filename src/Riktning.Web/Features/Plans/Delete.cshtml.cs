using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Riktning.Data;
using Riktning.Plans;
using Riktning.Web.Features.Accounts;

namespace Riktning.Web.Features.Plans;

/// <summary>Asks, then deletes a plan; its interventions stay, without a plan.</summary>
[Authorize]
public sealed class DeleteModel(RiktningDb db, IAuthorizationService authorization) : PageModel
{
    public Plan Plan { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await FindAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        // Unlinked here rather than by the database, so that each intervention's change is in the audit trail.
        foreach (var intervention in await db.Interventions.Where(i => i.PlanId == id).ToListAsync(cancellationToken))
        {
            intervention.PlanId = null;
        }

        db.Plans.Remove(Plan);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect("/plans");
    }

    private async Task<IActionResult?> FindAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.Plans.FirstOrDefaultAsync(p => p.Id == id, cancellationToken) is not { } plan)
        {
            return NotFound();
        }

        Plan = plan;
        return (await authorization.AuthorizeAsync(User, plan, ItemOperations.Delete)).Succeeded ? null : Forbid();
    }
}
