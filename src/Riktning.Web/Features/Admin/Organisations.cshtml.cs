using Riktning.Accounts;

namespace Riktning.Web.Features.Admin;

/// <summary>Organisations: the list, and a form for one the bundled list does not have (the same rules as the list file).</summary>
[Authorize(Roles = RoleNames.Administrator)]
public sealed class OrganisationsModel(RiktningDb db, OrganisationRegistry organisations, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public OrganisationInput Input { get; set; } = new();

    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    public IReadOnlyList<KeyValuePair<string, string>> KindOptions { get; } =
        [.. Enum.GetValues<OrganisationKind>().Select(k => OrganisationCsvReader.FormatKind(k)).Select(k => new KeyValuePair<string, string>(k, k))];

    public IReadOnlyList<KeyValuePair<string, string>> CountryOptions { get; } = [new("SE", "Sverige / Sweden"), new("NO", "Norge / Norway")];

    public string? Created { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Organisations = await organisations.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var key = Input.Key?.Trim() ?? "";
        if (!OrganisationCsvReader.IsKey(key))
        {
            ModelState.AddModelError("Input.Key", t["Admin.OrganisationKeyInvalid"]);
        }
        else if (await db.Organisations.AnyAsync(o => o.Key == key, cancellationToken))
        {
            ModelState.AddModelError("Input.Key", t["Admin.OrganisationKeyTaken"]);
        }

        if (string.IsNullOrWhiteSpace(Input.Name))
        {
            ModelState.AddModelError("Input.Name", t["Admin.OrganisationNameRequired"]);
        }

        if (Input.Country is not ("SE" or "NO"))
        {
            ModelState.AddModelError("Input.Country", t["Admin.CountryInvalid"]);
        }

        if (!OrganisationCsvReader.TryParseKind(Input.Kind ?? "", out var kind))
        {
            ModelState.AddModelError("Input.Kind", t["Admin.KindInvalid"]);
        }

        var region = Input.Region?.Trim();
        if (!string.IsNullOrEmpty(region) && !RegionKey.IsWellFormed(region))
        {
            ModelState.AddModelError("Input.Region", t["Admin.RegionInvalid"]);
        }

        if (ModelState.IsValid)
        {
            db.Organisations.Add(new Organisation { Key = key, Name = Input.Name!.Trim(), Country = Input.Country!, Kind = kind, RegionKey = string.IsNullOrEmpty(region) ? null : region });
            await db.SaveChangesAsync(cancellationToken);
            Created = Input.Name!.Trim();
            Input = new OrganisationInput();
        }

        Organisations = await organisations.ListAsync(cancellationToken);
        return Page();
    }
}
