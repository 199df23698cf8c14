using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Riktning.CrossBorder;
using Riktning.Organisations;
using Riktning.Regions;
using Riktning.Web.Features.Accounts;
using Riktning.Web.Features.Shared;

namespace Riktning.Web.Features.Cooperation;

/// <summary>
/// Shared by the registry's write pages: the labels for the choices, the localised field errors (in ModelState), reading the posted
/// fields by their column names, and the server-side authorization every write goes through whatever the page showed.
/// </summary>
public abstract class CooperationEditPage(
    CrossBorderRegistry registry, OrganisationRegistry organisations, RegionRegistry regions, IAuthorizationService authorization, IStringLocalizer<SharedResource> localizer)
    : PageModel
{
    protected CrossBorderRegistry Registry => registry;

    public CooperationLabels Labels { get; private set; } = null!;

    protected IStringLocalizer<SharedResource> Localizer => localizer;

    /// <summary>The form's fields, with their errors from ModelState.</summary>
    public FormFields Fields => new(ModelState);

    /// <summary>For the shared <c>_ErrorSummary</c>: the count in the heading, each entry as "Label: message".</summary>
    public ErrorSummary Summary => new(localizer["CrossBorder.Form.ErrorSummary", ModelState.ErrorCount].Value, FormFields.Id, Label);

    /// <summary>The organisations the user may choose as owner: an editor only their own.</summary>
    public IEnumerable<(string Value, string Text)> OwnerChoices =>
        Labels.Organisations.Where(o => OrganisationItemAuthorizationHandler.MayChangeEveryOrganisation(User) || o.Id == OrganisationItemAuthorizationHandler.OrganisationOf(User))
            .Select(o => (o.Key, o.Name));

    public IEnumerable<(string Value, string Text)> OrganisationChoices => Labels.Organisations.Select(o => (o.Key, $"{o.Name} ({o.Country})"));

    /// <summary>Whether the user may leave an agreement or knowledge item without an owner (a shared entry).</summary>
    public bool MayShare => OrganisationItemAuthorizationHandler.MayChangeEveryOrganisation(User);

    /// <summary>The editor's own organisation key, the default owner of a new item.</summary>
    public string? OwnOrganisationKey => Labels.Organisation(OrganisationItemAuthorizationHandler.OrganisationOf(User))?.Key;

    protected async Task LoadLabelsAsync(CancellationToken cancellationToken) =>
        Labels = await CooperationLabels.LoadAsync(registry, organisations, regions, cancellationToken);

    protected async Task<bool> MayAsync(object item, OperationAuthorizationRequirement operation) =>
        (await authorization.AuthorizeAsync(User, item, operation)).Succeeded;

    /// <summary>
    /// The first step of an edit page's GET and POST. For an existing item (<paramref name="id"/> set): 404 when it is
    /// gone and 403 when the user may not edit it as stored, so a post cannot take over someone else's item by changing
    /// its owner. <c>Refusal</c> is null when the page may go on; <c>Stored</c> is null for a new item.
    /// </summary>
    protected async Task<(IActionResult? Refusal, T? Stored)> FindEditableAsync<T>(
        int? id, Func<int, CancellationToken, Task<T?>> find, CancellationToken cancellationToken)
        where T : class
    {
        if (id is null)
        {
            return (null, null);
        }

        if (await find(id.Value, cancellationToken) is not { } stored)
        {
            return (NotFound(), null);
        }

        return await MayAsync(stored, ItemOperations.Edit) ? (null, stored) : (Forbid(), null);
    }

    /// <summary>
    /// The rest of an edit page's POST: validate against the registry, show the form again with the errors, authorize
    /// the item as it would be stored (create or edit), then let the page save it and say where to go.
    /// </summary>
    protected async Task<IActionResult> ValidateAndSaveAsync<T>(
        int? id, Func<CrossBorderReferences, (T? Value, IReadOnlyList<FieldProblem> Problems)> validate, Func<T, Task<IActionResult>> save, CancellationToken cancellationToken)
        where T : class
    {
        var result = validate(await registry.ReferencesAsync(cancellationToken));
        if (result.Value is not { } item)
        {
            AddErrors(result.Problems);
            return Page();
        }

        if (!await MayAsync(item, id is null ? ItemOperations.Create : ItemOperations.Edit))
        {
            return Forbid();
        }

        return await save(item);
    }

    protected void AddErrors(IEnumerable<FieldProblem> problems)
    {
        foreach (var problem in problems)
        {
            ModelState.AddModelError(problem.Field, Localise(problem));
        }
    }

    public string Localise(FieldProblem problem)
    {
        var text = localizer[problem.Message, [.. problem.Arguments]];
        return text.ResourceNotFound ? CrossBorderProblems.English(problem) : text.Value;
    }

    protected string? Posted(string name) => Request.Form.TryGetValue(name, out var values) ? values.ToString() : null;

    /// <summary>Every posted value of a field (checkboxes, multiple selects), each also split at ';' and line breaks.</summary>
    protected IReadOnlyList<string> PostedList(params string[] names) =>
        [.. names.SelectMany(name => Request.Form.TryGetValue(name, out var values) ? values.ToArray() : [])
            .SelectMany(v => (v ?? "").Split([';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];

    /// <summary>The localised "a field's label" for errors in the summary.</summary>
    public virtual string Label(string field) => localizer["CrossBorder.Field." + field].Value;
}
