using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Riktning.Data;
using Riktning.Plans;
using Riktning.Web.Features.Accounts;

namespace Riktning.Web.Features.Interventions;

/// <summary>Asks, then deletes an intervention (the audit trail keeps its last values).</summary>
[Authorize]
public sealed class DeleteModel(RiktningDb db, IAuthorizationService authorization) : PageModel
{
    public Intervention Intervention { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await FindAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        db.Interventions.Remove(Intervention);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect("/interventions");
    }

    private async Task<IActionResult?> FindAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.Interventions.FirstOrDefaultAsync(i => i.Id == id, cancellationToken) is not { } intervention)
        {
            return NotFound();
        }

        Intervention = intervention;
        return (await authorization.AuthorizeAsync(User, intervention, ItemOperations.Delete)).Succeeded ? null : Forbid();
    }
}
