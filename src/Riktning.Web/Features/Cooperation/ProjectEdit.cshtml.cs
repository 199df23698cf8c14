using Riktning.CrossBorder;

namespace Riktning.Web.Features.Cooperation;

/// <summary>Creates (<c>/cooperation/projects/new</c>) or edits a project; every post is authorized for the stored project and for the project as it would be stored.</summary>
[Authorize]
public sealed class ProjectEditModel(
    CrossBorderRegistry registry, OrganisationRegistry organisations, RegionRegistry regions, IAuthorizationService authorization, IStringLocalizer<SharedResource> localizer)
    : CooperationItemEditPage<ProjectInput, CrossBorderProject>(registry, organisations, regions, authorization, localizer)
{
    /// <summary>Regions beyond the map's tiles, typed as codes; posted beside the <c>regions</c> checkboxes.</summary>
    [BindProperty(Name = "regions-more")]
    public string? MoreRegions { get; set; }

    protected override Task<CrossBorderProject?> FindAsync(int id, CancellationToken cancellationToken) => Registry.FindProjectAsync(id, cancellationToken);

    protected override ProjectInput NewInput() =>
        new() { Owner = OwnOrganisationKey, Status = Codes.Format(ProjectStatus.Ongoing), Programme = Codes.Format(ProjectProgramme.InterregSwedenNorway) };

    protected override Task<ProjectInput> InputOfAsync(CrossBorderProject stored, CancellationToken cancellationToken) =>
        Task.FromResult(ProjectInput.From(stored, stored.Organisation?.Key ?? ""));

    protected override ProjectInput Posted(ProjectInput input) => input with { Regions = [.. input.Regions, .. ColumnNameBinding.Split([MoreRegions])] };

    protected override (CrossBorderProject? Value, IReadOnlyList<FieldProblem> Problems) Validate(ProjectInput input, CrossBorderReferences references) =>
        ProjectValidator.Validate(input, references);

    protected override async Task<IActionResult> SaveAsync(int? id, CrossBorderProject item, CancellationToken cancellationToken)
    {
        // Unlike the other items a project has a key of its own, which another project may hold already.
        if (await Registry.SaveProjectAsync(id, item, cancellationToken) is not { } savedId)
        {
            AddErrors([CrossBorderProblems.Of("key", "DuplicateKey", item.Key)]);
            return Page();
        }

        return Redirect($"/cooperation/projects/{savedId}");
    }
}
