using Riktning.CrossBorder;

namespace Riktning.Web.Features.Cooperation;

[Authorize]
public sealed class AgreementEditModel(
    CrossBorderRegistry registry, OrganisationRegistry organisations, RegionRegistry regions, IAuthorizationService authorization, IStringLocalizer<SharedResource> localizer)
    : CooperationItemEditPage<AgreementInput, CooperationAgreement>(registry, organisations, regions, authorization, localizer)
{
    protected override Task<CooperationAgreement?> FindAsync(int id, CancellationToken cancellationToken) => Registry.FindAgreementAsync(id, cancellationToken);

    protected override AgreementInput NewInput() => new() { Owner = OwnOrganisationKey };

    protected override Task<AgreementInput> InputOfAsync(CooperationAgreement stored, CancellationToken cancellationToken) => Task.FromResult(new AgreementInput
    {
        Title = stored.Title,
        Parties = stored.PartyKeys,
        SignedOn = IsoDate(stored.SignedOn),
        ValidTo = IsoDate(stored.ValidTo),
        Summary = stored.Summary,
        Link = stored.Link,
        Owner = Labels.Organisation(stored.OrganisationId)?.Key,
    });

    protected override (CooperationAgreement? Value, IReadOnlyList<FieldProblem> Problems) Validate(AgreementInput input, CrossBorderReferences references) =>
        AgreementValidator.Validate(input, references);

    protected override async Task<IActionResult> SaveAsync(int? id, CooperationAgreement item, CancellationToken cancellationToken) =>
        Redirect($"/cooperation/agreements#agreement-{await Registry.SaveAsync(id, item, cancellationToken)}");
}
