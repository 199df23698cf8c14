using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Riktning.CrossBorder;
using Riktning.Organisations;
using Riktning.Regions;

namespace Riktning.Web.Features.Cooperation;

[Authorize]
public sealed class ActivityEditModel(
    CrossBorderRegistry registry, OrganisationRegistry organisations, RegionRegistry regions, IAuthorizationService authorization, IStringLocalizer<SharedResource> localizer)
    : CooperationEditPage(registry, organisations, regions, authorization, localizer)
{
    public int? Id { get; private set; }

    public ActivityInput Input { get; private set; } = new();

    public IReadOnlyList<(string Value, string Text)> ProjectChoices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Id = id;
        var (refusal, stored) = await FindEditableAsync(id, Registry.FindActivityAsync, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (stored is null)
        {
            Input = new ActivityInput { Organiser = OwnOrganisationKey, Kind = Codes.Format(ActivityKind.Meeting) };
            return Page();
        }

        var projects = await Registry.ReferencesAsync(cancellationToken);
        Input = new ActivityInput
        {
            Kind = Codes.Format(stored.Kind),
            Title = stored.Title,
            Date = stored.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Place = stored.Place,
            Organiser = Labels.Organisation(stored.OrganisationId)?.Key,
            Project = projects.ProjectIds.FirstOrDefault(p => p.Value == stored.ProjectId).Key,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Id = id;
        if ((await FindEditableAsync(id, Registry.FindActivityAsync, cancellationToken)).Refusal is { } refusal)
        {
            return refusal;
        }

        Input = new ActivityInput
        {
            Kind = Posted("kind"),
            Title = Posted("title"),
            Date = Posted("date"),
            Place = Posted("place"),
            Organiser = Posted("organiser"),
            Project = Posted("project"),
        };
        return await ValidateAndSaveAsync(
            id,
            references => ActivityValidator.Validate(Input, references),
            async activity =>
            {
                await Registry.SaveAsync(id, activity, cancellationToken);
                return Redirect("/cooperation/activities");
            },
            cancellationToken);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        await LoadLabelsAsync(cancellationToken);
        ProjectChoices = [.. (await Registry.ListAsync(new ProjectQuery(), cancellationToken)).OrderBy(p => p.Name, StringComparer.CurrentCulture).Select(p => (p.Key, p.Name))];
    }
}
