using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Riktning.CrossBorder;
using Riktning.Organisations;
using Riktning.Regions;
using Riktning.Web.Features.Accounts;

namespace Riktning.Web.Features.Cooperation;

/// <summary>
/// Shared by the registry's write pages: the labels for the choices, the localised field errors, reading the posted
/// fields by their column names, and the server-side authorization every write goes through whatever the page showed.
/// </summary>
public abstract class CooperationEditPage(
    CrossBorderRegistry registry, OrganisationRegistry organisations, RegionRegistry regions, IAuthorizationService authorization, IStringLocalizer<SharedResource> localizer)
    : PageModel
{
    protected CrossBorderRegistry Registry => registry;

    public CooperationLabels Labels { get; private set; } = null!;

    public Dictionary<string, IReadOnlyList<string>> Errors { get; } = new(StringComparer.Ordinal);

    public FormFields Fields => new(Errors);

    /// <summary>The organisations the user may choose as owner: an editor only their own.</summary>
    public IEnumerable<(string Value, string Text)> OwnerChoices =>
        Labels.Organisations.Where(o => User.IsInRole(RoleNames.Administrator) || User.IsInRole(RoleNames.Analyst) || o.Id == OrganisationItemAuthorizationHandler.OrganisationOf(User))
            .Select(o => (o.Key, o.Name));

    public IEnumerable<(string Value, string Text)> OrganisationChoices => Labels.Organisations.Select(o => (o.Key, $"{o.Name} ({o.Country})"));

    /// <summary>Whether the user may leave an agreement or knowledge item without an owner (a shared entry).</summary>
    public bool MayShare => User.IsInRole(RoleNames.Administrator) || User.IsInRole(RoleNames.Analyst);

    /// <summary>The editor's own organisation key, the default owner of a new item.</summary>
    public string? OwnOrganisationKey => Labels.Organisation(OrganisationItemAuthorizationHandler.OrganisationOf(User))?.Key;

    protected async Task LoadLabelsAsync(CancellationToken cancellationToken) =>
        Labels = await CooperationLabels.LoadAsync(registry, organisations, regions, cancellationToken);

    protected async Task<bool> MayAsync(object item, OperationAuthorizationRequirement operation) =>
        (await authorization.AuthorizeAsync(User, item, operation)).Succeeded;

    protected void AddErrors(IEnumerable<FieldError> errors)
    {
        foreach (var group in errors.GroupBy(e => e.Field, StringComparer.Ordinal))
        {
            Errors[group.Key] = [.. group.Select(Localise)];
        }
    }

    public string Localise(FieldError error)
    {
        var text = localizer["CrossBorder.Error." + error.Code, [.. error.Arguments]];
        return text.ResourceNotFound ? error.Message : text.Value;
    }

    protected string? Posted(string name) => Request.Form.TryGetValue(name, out var values) ? values.ToString() : null;

    /// <summary>Every posted value of a field (checkboxes, multiple selects), each also split at ';' and line breaks.</summary>
    protected IReadOnlyList<string> PostedList(params string[] names) =>
        [.. names.SelectMany(name => Request.Form.TryGetValue(name, out var values) ? values.ToArray() : [])
            .SelectMany(v => (v ?? "").Split([';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];

    /// <summary>The localised "a field's label" for errors in the summary.</summary>
    public string Label(string field) => localizer["CrossBorder.Field." + field].Value;
}
