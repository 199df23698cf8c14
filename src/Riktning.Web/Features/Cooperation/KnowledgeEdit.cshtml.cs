using Riktning.CrossBorder;

namespace Riktning.Web.Features.Cooperation;

[Authorize]
public sealed class KnowledgeEditModel(
    CrossBorderRegistry registry, OrganisationRegistry organisations, RegionRegistry regions, IAuthorizationService authorization, IStringLocalizer<SharedResource> localizer)
    : CooperationItemEditPage<KnowledgeInput, KnowledgeItem>(registry, organisations, regions, authorization, localizer)
{
    protected override Task<KnowledgeItem?> FindAsync(int id, CancellationToken cancellationToken) => Registry.FindKnowledgeAsync(id, cancellationToken);

    protected override KnowledgeInput NewInput() => new() { Owner = OwnOrganisationKey, Kind = Codes.Format(KnowledgeKind.Report), Language = "sv" };

    protected override Task<KnowledgeInput> InputOfAsync(KnowledgeItem stored, CancellationToken cancellationToken) => Task.FromResult(new KnowledgeInput
    {
        Title = stored.Title,
        Kind = Codes.Format(stored.Kind),
        Url = stored.Url,
        Publisher = stored.Publisher,
        Year = stored.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Language = stored.Language,
        Summary = stored.Summary,
        Keywords = stored.Keywords,
        CooperationAreas = stored.CooperationAreas,
        Owner = Labels.Organisation(stored.OrganisationId)?.Key,
    });

    protected override (KnowledgeItem? Value, IReadOnlyList<FieldProblem> Problems) Validate(KnowledgeInput input, CrossBorderReferences references) =>
        KnowledgeValidator.Validate(input, references);

    protected override async Task<IActionResult> SaveAsync(int? id, KnowledgeItem item, CancellationToken cancellationToken) =>
        Redirect($"/cooperation/knowledge#knowledge-{await Registry.SaveAsync(id, item, cancellationToken)}");
}
