using Riktning.CrossBorder;

namespace Riktning.Web.Features.Cooperation;

[Authorize]
public sealed class ActivityEditModel(
    CrossBorderRegistry registry, OrganisationRegistry organisations, RegionRegistry regions, IAuthorizationService authorization, IStringLocalizer<SharedResource> localizer)
    : CooperationItemEditPage<ActivityInput, CrossBorderActivity>(registry, organisations, regions, authorization, localizer)
{
    public IReadOnlyList<KeyValuePair<string, string>> ProjectChoices { get; private set; } = [];

    protected override async Task LoadAsync(CancellationToken cancellationToken)
    {
        await LoadLabelsAsync(cancellationToken);
        ProjectChoices = [.. (await Registry.ListAsync(new ProjectQuery(), cancellationToken)).OrderBy(p => p.Name, StringComparer.CurrentCulture).Select(p => Choice(p.Key, p.Name))];
    }

    protected override Task<CrossBorderActivity?> FindAsync(int id, CancellationToken cancellationToken) => Registry.FindActivityAsync(id, cancellationToken);

    protected override ActivityInput NewInput() => new() { Organiser = OwnOrganisationKey, Kind = Codes.Format(ActivityKind.Meeting) };

    protected override async Task<ActivityInput> InputOfAsync(CrossBorderActivity stored, CancellationToken cancellationToken)
    {
        var projects = await Registry.ReferencesAsync(cancellationToken);
        return new ActivityInput
        {
            Kind = Codes.Format(stored.Kind),
            Title = stored.Title,
            Date = IsoDate(stored.Date),
            Place = stored.Place,
            Organiser = Labels.Organisation(stored.OrganisationId)?.Key,
            Project = projects.ProjectIds.FirstOrDefault(p => p.Value == stored.ProjectId).Key,
        };
    }

    protected override (CrossBorderActivity? Value, IReadOnlyList<FieldProblem> Problems) Validate(ActivityInput input, CrossBorderReferences references) =>
        ActivityValidator.Validate(input, references);

    protected override async Task<IActionResult> SaveAsync(int? id, CrossBorderActivity item, CancellationToken cancellationToken)
    {
        await Registry.SaveAsync(id, item, cancellationToken);
        return Redirect("/cooperation/activities");
    }
}
