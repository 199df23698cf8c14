using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Riktning.CrossBorder;
using Riktning.Organisations;
using Riktning.Regions;

namespace Riktning.Web.Features.Cooperation;

[Authorize]
public sealed class KnowledgeEditModel(
    CrossBorderRegistry registry, OrganisationRegistry organisations, RegionRegistry regions, IAuthorizationService authorization, IStringLocalizer<SharedResource> localizer)
    : CooperationEditPage(registry, organisations, regions, authorization, localizer)
{
    public int? Id { get; private set; }

    public KnowledgeInput Input { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        await LoadLabelsAsync(cancellationToken);
        Id = id;
        var (refusal, stored) = await FindEditableAsync(id, Registry.FindKnowledgeAsync, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (stored is null)
        {
            Input = new KnowledgeInput { Owner = OwnOrganisationKey, Kind = Codes.Format(KnowledgeKind.Report), Language = "sv" };
            return Page();
        }

        Input = new KnowledgeInput
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
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        await LoadLabelsAsync(cancellationToken);
        Id = id;
        if ((await FindEditableAsync(id, Registry.FindKnowledgeAsync, cancellationToken)).Refusal is { } refusal)
        {
            return refusal;
        }

        Input = new KnowledgeInput
        {
            Title = Posted("title"),
            Kind = Posted("kind"),
            Url = Posted("url"),
            Publisher = Posted("publisher"),
            Year = Posted("year"),
            Language = Posted("language"),
            Summary = Posted("summary"),
            Keywords = PostedList("keywords"),
            CooperationAreas = PostedList("cooperation-areas"),
            Owner = Posted("owner"),
        };
        return await ValidateAndSaveAsync(
            id,
            references => KnowledgeValidator.Validate(Input, references),
            async item => Redirect($"/cooperation/knowledge#knowledge-{await Registry.SaveAsync(id, item, cancellationToken)}"),
            cancellationToken);
    }
}
