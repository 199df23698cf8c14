using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Riktning.CrossBorder;
using Riktning.Organisations;
using Riktning.Regions;
using Riktning.Web.Features.Accounts;

namespace Riktning.Web.Features.Cooperation;

/// <summary>Creates (<c>/cooperation/projects/new</c>) or edits a project; every post is authorized for the stored project and for the project as it would be stored.</summary>
[Authorize]
public sealed class ProjectEditModel(
    CrossBorderRegistry registry, OrganisationRegistry organisations, RegionRegistry regions, IAuthorizationService authorization, IStringLocalizer<SharedResource> localizer)
    : CooperationEditPage(registry, organisations, regions, authorization, localizer)
{
    public int? Id { get; private set; }

    public ProjectInput Input { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        await LoadLabelsAsync(cancellationToken);
        if (id is null)
        {
            Input = new ProjectInput { Owner = OwnOrganisationKey, Status = Codes.Format(ProjectStatus.Ongoing), Programme = Codes.Format(ProjectProgramme.InterregSwedenNorway) };
            return Page();
        }

        if (await Registry.FindProjectAsync(id.Value, cancellationToken) is not { } stored)
        {
            return NotFound();
        }

        if (!await MayAsync(stored, ItemOperations.Edit))
        {
            return Forbid();
        }

        Id = id;
        Input = ProjectInput.From(stored, stored.Organisation?.Key ?? "");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        await LoadLabelsAsync(cancellationToken);
        Id = id;
        if (id is not null)
        {
            if (await Registry.FindProjectAsync(id.Value, cancellationToken) is not { } stored)
            {
                return NotFound();
            }

            if (!await MayAsync(stored, ItemOperations.Edit))
            {
                return Forbid();
            }
        }

        Input = new ProjectInput
        {
            Key = Posted("key"),
            Name = Posted("name"),
            Summary = Posted("summary"),
            Programme = Posted("programme"),
            Owner = Posted("owner"),
            Partners = PostedList("partners"),
            PartnersSe = PostedList("partners-se"),
            PartnersNo = PostedList("partners-no"),
            Regions = PostedList("regions", "regions-more"),
            Start = Posted("start"),
            End = Posted("end"),
            Budget = Posted("budget"),
            Currency = Posted("currency"),
            Status = Posted("status"),
            CooperationAreas = PostedList("cooperation-areas"),
            BusinessAreas = PostedList("business-areas"),
            Recommendations = PostedList("recommendations"),
            Goals = PostedList("goals"),
            Website = Posted("website"),
        };
        var result = ProjectValidator.Validate(Input, await Registry.ReferencesAsync(cancellationToken));
        if (result.Value is not { } project)
        {
            AddErrors(result.Errors);
            return Page();
        }

        if (!await MayAsync(project, id is null ? ItemOperations.Create : ItemOperations.Edit))
        {
            return Forbid();
        }

        if (await Registry.SaveProjectAsync(id, project, cancellationToken) is not { } savedId)
        {
            AddErrors([new FieldError("key", "DuplicateKey", project.Key)]);
            return Page();
        }

        return Redirect($"/cooperation/projects/{savedId}");
    }
}
