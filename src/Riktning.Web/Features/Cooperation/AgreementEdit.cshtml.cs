using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Riktning.CrossBorder;
using Riktning.Organisations;
using Riktning.Regions;
using Riktning.Web.Features.Accounts;

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
        if (id is null)
        {
            Input = new AgreementInput { Owner = OwnOrganisationKey };
            return Page();
        }

        if (await Registry.FindAgreementAsync(id.Value, cancellationToken) is not { } stored)
        {
            return NotFound();
        }

        if (!await MayAsync(stored, ItemOperations.Edit))
        {
            return Forbid();
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
        if (id is not null)
        {
            if (await Registry.FindAgreementAsync(id.Value, cancellationToken) is not { } stored)
            {
                return NotFound();
            }

            if (!await MayAsync(stored, ItemOperations.Edit))
            {
                return Forbid();
            }
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
        var result = AgreementValidator.Validate(Input, await Registry.ReferencesAsync(cancellationToken));
        if (result.Value is not { } agreement)
        {
            AddErrors(result.Errors);
            return Page();
        }

        if (!await MayAsync(agreement, id is null ? ItemOperations.Create : ItemOperations.Edit))
        {
            return Forbid();
        }

        var savedId = await Registry.SaveAsync(id, agreement, cancellationToken);
        return Redirect($"/cooperation/agreements#agreement-{savedId}");
    }
}
