using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Riktning.CrossBorder;
using Riktning.Organisations;
using Riktning.Regions;
using Riktning.Web.Features.Accounts;

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
        if (id is null)
        {
            Input = new ActivityInput { Organiser = OwnOrganisationKey, Kind = Codes.Format(ActivityKind.Meeting) };
            return Page();
        }

        if (await Registry.FindActivityAsync(id.Value, cancellationToken) is not { } stored)
        {
            return NotFound();
        }

        if (!await MayAsync(stored, ItemOperations.Edit))
        {
            return Forbid();
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
        if (id is not null)
        {
            if (await Registry.FindActivityAsync(id.Value, cancellationToken) is not { } stored)
            {
                return NotFound();
            }

            if (!await MayAsync(stored, ItemOperations.Edit))
            {
                return Forbid();
            }
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
        var result = ActivityValidator.Validate(Input, await Registry.ReferencesAsync(cancellationToken));
        if (result.Value is not { } activity)
        {
            AddErrors(result.Errors);
            return Page();
        }

        if (!await MayAsync(activity, id is null ? ItemOperations.Create : ItemOperations.Edit))
        {
            return Forbid();
        }

        await Registry.SaveAsync(id, activity, cancellationToken);
        return Redirect("/cooperation/activities");
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        await LoadLabelsAsync(cancellationToken);
        ProjectChoices = [.. (await Registry.ListAsync(new ProjectQuery(), cancellationToken)).OrderBy(p => p.Name, StringComparer.CurrentCulture).Select(p => (p.Key, p.Name))];
    }
}
