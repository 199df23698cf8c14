using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Riktning.CrossBorder;
using Riktning.Organisations;
using Riktning.Regions;

namespace Riktning.Web.Features.Cooperation;

[Authorize]
public sealed class AgreementEditModel(
    CrossBorderRegistry registry, OrganisationRegistry organisations, RegionRegistry regions, IAuthorizationService authorization, IStringLocalizer<SharedResource> localizer)
    : CooperationEditPage(registry, organisations, regions, authorization, localizer)
{
    public int? Id { get; private set; }

    public AgreementInput Input { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        await LoadLabelsAsync(cancellationToken);
        Id = id;
        var (refusal, stored) = await FindEditableAsync(id, Registry.FindAgreementAsync, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (stored is null)
        {
            Input = new AgreementInput { Owner = OwnOrganisationKey };
            return Page();
        }

        Input = new AgreementInput
        {
            Title = stored.Title,
            Parties = stored.PartyKeys,
            SignedOn = stored.SignedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ValidTo = stored.ValidTo?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Summary = stored.Summary,
            Link = stored.Link,
            Owner = Labels.Organisation(stored.OrganisationId)?.Key,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        await LoadLabelsAsync(cancellationToken);
        Id = id;
        if ((await FindEditableAsync(id, Registry.FindAgreementAsync, cancellationToken)).Refusal is { } refusal)
        {
            return refusal;
        }

        Input = new AgreementInput
        {
            Title = Posted("title"),
            Parties = PostedList("parties"),
            SignedOn = Posted("signed-on"),
            ValidTo = Posted("valid-to"),
            Summary = Posted("summary"),
            Link = Posted("link"),
            Owner = Posted("owner"),
        };
        return await ValidateAndSaveAsync(
            id,
            references => AgreementValidator.Validate(Input, references),
            async agreement => Redirect($"/cooperation/agreements#agreement-{await Registry.SaveAsync(id, agreement, cancellationToken)}"),
            cancellationToken);
    }
}
