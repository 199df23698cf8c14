namespace Riktning.Web.Features.Accounts;

/// <summary>
/// Asks, then deletes an item an organisation owns (a plan, an intervention): 404 when it is gone, 403 when the user
/// may not delete it, on the question and on the post alike. The audit trail keeps the item's last values.
/// </summary>
public abstract class OwnedItemDeletePage<T>(RiktningDb db, IAuthorizationService authorization) : PageModel
    where T : class, IOrganisationOwned
{
    protected T Item { get; private set; } = null!;

    /// <summary>Where the user goes once the item is deleted.</summary>
    protected abstract string ListPath { get; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await FindAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        await RemoveAsync(db, Item, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Redirect(ListPath);
    }

    /// <summary>Removes the item; a page overrides this to unlink what refers to it first.</summary>
    protected virtual Task RemoveAsync(RiktningDb store, T item, CancellationToken cancellationToken)
    {
        store.Remove(item);
        return Task.CompletedTask;
    }

    private async Task<IActionResult?> FindAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.Set<T>().FindAsync([id], cancellationToken) is not { } item)
        {
            return NotFound();
        }

        Item = item;
        return (await authorization.AuthorizeAsync(User, item, ItemOperations.Delete)).Succeeded ? null : Forbid();
    }
}
