using Riktning.CrossBorder;
using Riktning.Web.Features.Accounts;

namespace Riktning.Web.Features.Cooperation;

/// <summary>
/// Confirms and deletes a project, agreement, activity or knowledge item (<c>/cooperation/{kind}/{id}/delete</c>); the
/// post is authorized for the stored item, so an editor cannot delete another organisation's item by posting directly.
/// </summary>
[Authorize]
public sealed class DeleteModel(
    CrossBorderRegistry registry, OrganisationRegistry organisations, RegionRegistry regions, IAuthorizationService authorization, IStringLocalizer<SharedResource> localizer)
    : CooperationEditPage(registry, organisations, regions, authorization, localizer)
{
    public string Kind { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string ListPath => $"/cooperation/{Kind}";

    public async Task<IActionResult> OnGetAsync(string kind, int id, CancellationToken cancellationToken)
    {
        var item = await FindAsync(kind, id, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        return await MayAsync(item, ItemOperations.Delete) ? Page() : Forbid();
    }

    public async Task<IActionResult> OnPostAsync(string kind, int id, CancellationToken cancellationToken)
    {
        var item = await FindAsync(kind, id, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        if (!await MayAsync(item, ItemOperations.Delete))
        {
            return Forbid();
        }

        switch (item)
        {
            case CrossBorderProject:
                await Registry.DeleteProjectAsync(id, cancellationToken);
                break;
            case CooperationAgreement:
                await Registry.DeleteAsync<CooperationAgreement>(id, cancellationToken);
                break;
            case CrossBorderActivity:
                await Registry.DeleteAsync<CrossBorderActivity>(id, cancellationToken);
                break;
            default:
                await Registry.DeleteAsync<KnowledgeItem>(id, cancellationToken);
                break;
        }

        return Redirect(ListPath);
    }

    private async Task<object?> FindAsync(string kind, int id, CancellationToken cancellationToken)
    {
        Kind = kind;
        (object? Item, string Title) found = kind switch
        {
            "projects" => await Registry.FindProjectAsync(id, cancellationToken) is { } p ? (p, p.Name) : (null, ""),
            "agreements" => await Registry.FindAgreementAsync(id, cancellationToken) is { } a ? (a, a.Title) : (null, ""),
            "activities" => await Registry.FindActivityAsync(id, cancellationToken) is { } v ? (v, v.Title) : (null, ""),
            "knowledge" => await Registry.FindKnowledgeAsync(id, cancellationToken) is { } k ? (k, k.Title) : (null, ""),
            _ => (null, ""),
        };
        Title = found.Title;
        return found.Item;
    }
}
