using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Riktning.CrossBorder;
using Riktning.Organisations;
using Riktning.Regions;

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
        Id = id;
        var (refusal, stored) = await FindEditableAsync(id, Registry.FindProjectAsync, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (stored is null)
        {
            Input = new ProjectInput { Owner = OwnOrganisationKey, Status = Codes.Format(ProjectStatus.Ongoing), Programme = Codes.Format(ProjectProgramme.InterregSwedenNorway) };
            return Page();
        }

        Input = ProjectInput.From(stored, stored.Organisation?.Key ?? "");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        await LoadLabelsAsync(cancellationToken);
        Id = id;
        if ((await FindEditableAsync(id, Registry.FindProjectAsync, cancellationToken)).Refusal is { } refusal)
        {
            return refusal;
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
            KeysForChange = PostedList("keys-for-change"),
            SmartSpecialisations = PostedList("smart-specialisations"),
            Missions = PostedList("missions"),
            Website = Posted("website"),
        };
        return await ValidateAndSaveAsync(id, references => ProjectValidator.Validate(Input, references), SaveAsync, cancellationToken);

        async Task<IActionResult> SaveAsync(CrossBorderProject project)
        {
            // Unlike the other items a project has a key of its own, which another project may hold already.
            if (await Registry.SaveProjectAsync(id, project, cancellationToken) is not { } savedId)
            {
                AddErrors([CrossBorderProblems.Of("key", "DuplicateKey", project.Key)]);
                return Page();
            }

            return Redirect($"/cooperation/projects/{savedId}");
        }
    }
}
