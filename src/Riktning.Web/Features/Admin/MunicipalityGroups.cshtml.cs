using Riktning.Accounts;
using Riktning.Importing;

namespace Riktning.Web.Features.Admin;

/// <summary>
/// Municipality classifications for the breakdown by municipality group: the stored ones, and an upload of a Kolada
/// <c>/municipality_groups</c> file or a table (docs/municipality-groups-format.md), the same import as
/// <c>riktning import municipality-groups</c>. Shared reference data, so analysts and administrators only.
/// </summary>
[Authorize(Roles = RoleNames.Administrator + "," + RoleNames.Analyst)]
[RequestSizeLimit(10_000_000)]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Riktning.Web.Features.Shared.RequestLimits.ImportPolicy)]
public sealed class MunicipalityGroupsModel(MunicipalityClassificationImporter importer, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public MunicipalityGroupsInput Input { get; set; } = new();

    public IReadOnlyList<MunicipalityClassification> Classifications { get; private set; } = [];

    public MunicipalityClassificationImportResult? Result { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Input.Key))
        {
            ModelState.AddModelError("Input.Key", t["Groups.KeyRequired"]);
        }

        if (string.IsNullOrWhiteSpace(Input.Name))
        {
            ModelState.AddModelError("Input.Name", t["Groups.NameRequired"]);
        }

        if (Input.File is not { Length: > 0 } file)
        {
            ModelState.AddModelError("Input.File", t["Groups.FileRequired"]);
        }
        else if (ModelState.IsValid)
        {
            var ids = (Input.Groups ?? "").Split([' ', ',', ';', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);
            var fileName = Path.GetFileName(file.FileName);
            try
            {
                await using var stream = file.OpenReadStream();
                var groups = await MunicipalityGroupFile.ReadAsync(stream, fileName, ids, cancellationToken);
                Result = await importer.ImportAsync(Input.Key!.Trim(), Input.Name!.Trim(), "SE", MunicipalityGroupFile.Source(fileName, ids), groups, cancellationToken);
            }
            catch (ImportFormatException ex)
            {
                // The importer's message names the file and the line or JSON path; nothing was stored.
                ModelState.AddModelError("Input.File", ex.Message);
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) => Classifications = await importer.ListAsync(cancellationToken);
}
