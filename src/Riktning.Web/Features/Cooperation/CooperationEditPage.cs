using Microsoft.AspNetCore.Authorization.Infrastructure;
using Riktning.CrossBorder;
using Riktning.Web.Features.Accounts;

namespace Riktning.Web.Features.Cooperation;

/// <summary>
/// Shared by the registry's write pages: the labels for the choices, the localised field errors (in ModelState under the
/// column names the inputs bind by, see <see cref="ColumnNameBinding"/>), the fields for the shared <c>_Field</c> and
/// <c>_Choices</c> partials, and the server-side authorization every write goes through whatever the page showed.
/// </summary>
public abstract class CooperationEditPage(
    CrossBorderRegistry registry, OrganisationRegistry organisations, RegionRegistry regions, IAuthorizationService authorization, IStringLocalizer<SharedResource> localizer)
    : PageModel
{
    protected CrossBorderRegistry Registry => registry;

    public CooperationLabels Labels { get; private set; } = null!;

    protected IStringLocalizer<SharedResource> Localizer => localizer;

    /// <summary>For the shared <c>_ErrorSummary</c>: the count in the heading, each entry as "Label: message".</summary>
    public ErrorSummary Summary => new(localizer["CrossBorder.Form.ErrorSummary", ModelState.ErrorCount].Value, FieldId, Label);

    /// <summary>The organisations the user may choose as owner: an editor only their own.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> OwnerChoices =>
        [.. Labels.Organisations.Where(o => OrganisationItemAuthorizationHandler.MayChangeEveryOrganisation(User) || o.Id == OrganisationItemAuthorizationHandler.OrganisationOf(User))
            .Select(o => Choice(o.Key, o.Name))];

    public IReadOnlyList<KeyValuePair<string, string>> OrganisationChoices => [.. Labels.Organisations.Select(o => Choice(o.Key, $"{o.Name} ({o.Country})"))];

    /// <summary>Whether the user may leave an agreement or knowledge item without an owner (a shared entry).</summary>
    public bool MayShare => OrganisationItemAuthorizationHandler.MayChangeEveryOrganisation(User);

    /// <summary>The editor's own organisation key, the default owner of a new item.</summary>
    public string? OwnOrganisationKey => Labels.Organisation(OrganisationItemAuthorizationHandler.OrganisationOf(User))?.Key;

    protected async Task LoadLabelsAsync(CancellationToken cancellationToken) =>
        Labels = await CooperationLabels.LoadAsync(registry, organisations, regions, cancellationToken);

    protected async Task<bool> MayAsync(object item, OperationAuthorizationRequirement operation) =>
        (await authorization.AuthorizeAsync(User, item, operation)).Succeeded;

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

    /// <summary>The element id of a field: the summary links to it, and it stays apart from the layout's own ids.</summary>
    public static string FieldId(string name) => "f-" + name;

    public static KeyValuePair<string, string> Choice(string value, string text) => new(value, text);

    /// <summary>A field for the shared <c>_Field</c> partial, named by its column and labelled as the error summary labels it.</summary>
    public FormField Field(string name, string? value, string type = "text") => new(name, Label(name), value, type) { Id = FieldId(name) };

    /// <summary>A <c>select</c> field; <paramref name="empty"/> is the text of a first line without a value.</summary>
    public FormField Select(string name, string? value, IEnumerable<KeyValuePair<string, string>> options, string? empty = null) =>
        Field(name, value, "select") with { Options = [.. empty is null ? [] : new[] { Choice("", empty) }, .. options] };

    /// <summary>The codes of an enumeration (<see cref="Codes"/>) with their texts under <paramref name="textPrefix"/>.</summary>
    public IEnumerable<KeyValuePair<string, string>> CodeChoices<TEnum>(string textPrefix) where TEnum : struct, Enum =>
        Codes.All<TEnum>().Select(code => Choice(code, localizer[textPrefix + code].Value));

    /// <summary>A checkbox group for the shared <c>_Choices</c> partial.</summary>
    public Choices Checkboxes(string name, string legend, IEnumerable<KeyValuePair<string, string>> options, IReadOnlyCollection<string> selected) =>
        new(name, legend, [.. options], selected) { Id = FieldId(name) };

    /// <summary>The localised "a field's label" for errors in the summary.</summary>
    public virtual string Label(string field) => localizer["CrossBorder.Field." + field].Value;
}
