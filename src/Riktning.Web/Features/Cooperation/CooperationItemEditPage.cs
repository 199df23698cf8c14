using Riktning.CrossBorder;
using Riktning.Web.Features.Accounts;

namespace Riktning.Web.Features.Cooperation;

/// <summary>
/// The registry's create and edit pages (<c>/cooperation/{kind}/new</c>, <c>/cooperation/{kind}/{id}/edit</c>): the
/// form binds <see cref="Input"/> by column names, Core's validator checks it against the registry, and the item is
/// authorized as stored and as it would be stored before the page saves it.
/// </summary>
public abstract class CooperationItemEditPage<TInput, TItem>(
    CrossBorderRegistry registry, OrganisationRegistry organisations, RegionRegistry regions, IAuthorizationService authorization, IStringLocalizer<SharedResource> localizer)
    : CooperationEditPage(registry, organisations, regions, authorization, localizer)
    where TInput : class, new()
    where TItem : class
{
    public int? Id { get; private set; }

    /// <summary>Bound without a prefix: the input names are the file's column names.</summary>
    [BindProperty(Name = "")]
    public TInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Id = id;
        var (refusal, stored) = await FindEditableAsync(id, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        Input = stored is null ? NewInput() : await InputOfAsync(stored, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Id = id;
        if ((await FindEditableAsync(id, cancellationToken)).Refusal is { } refusal)
        {
            return refusal;
        }

        Input = Posted(Input);
        var (value, problems) = Validate(Input, await Registry.ReferencesAsync(cancellationToken));
        if (value is not { } item)
        {
            AddErrors(problems);
            return Page();
        }

        // The item as it would be stored: an editor cannot create one for, or move one to, another organisation.
        if (!await MayAsync(item, id is null ? ItemOperations.Create : ItemOperations.Edit))
        {
            return Forbid();
        }

        return await SaveAsync(id, item, cancellationToken);
    }

    protected abstract Task<TItem?> FindAsync(int id, CancellationToken cancellationToken);

    /// <summary>The form of a new item, with the editor's organisation as owner.</summary>
    protected abstract TInput NewInput();

    protected abstract Task<TInput> InputOfAsync(TItem stored, CancellationToken cancellationToken);

    protected abstract (TItem? Value, IReadOnlyList<FieldProblem> Problems) Validate(TInput input, CrossBorderReferences references);

    /// <summary>Stores the valid, authorized item and says where to go (or shows the form again with a problem).</summary>
    protected abstract Task<IActionResult> SaveAsync(int? id, TItem item, CancellationToken cancellationToken);

    protected virtual Task LoadAsync(CancellationToken cancellationToken) => LoadLabelsAsync(cancellationToken);

    /// <summary>The bound input with any field that is not one of its columns folded in.</summary>
    protected virtual TInput Posted(TInput input) => input;

    protected static string? IsoDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// For an existing item (<paramref name="id"/> set): 404 when it is gone and 403 when the user may not edit it as
    /// stored, so a post cannot take over someone else's item by changing its owner. <c>Stored</c> is null for a new item.
    /// </summary>
    private async Task<(IActionResult? Refusal, TItem? Stored)> FindEditableAsync(int? id, CancellationToken cancellationToken)
    {
        if (id is null)
        {
            return (null, null);
        }

        if (await FindAsync(id.Value, cancellationToken) is not { } stored)
        {
            return (NotFound(), null);
        }

        return await MayAsync(stored, ItemOperations.Edit) ? (null, stored) : (Forbid(), null);
    }
}
