using Riktning.CrossBorder;
using Riktning.Importing;
using Riktning.Importing.Tabular;
using Riktning.Web.Features.Accounts;

namespace Riktning.Web.Features.Cooperation;

/// <summary>
/// Upload of a project file (CSV or .xlsx, docs/projects-format.md). Every row is authorized as it would be stored and
/// against the stored project it would change, so an editor can import only their own organisation's rows.
/// </summary>
[Authorize]
[RequestSizeLimit(10_000_000)]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Riktning.Web.Features.Shared.RequestLimits.ImportPolicy)]
public sealed class ProjectImportModel(
    CrossBorderRegistry registry, OrganisationRegistry organisations, RegionRegistry regions, IAuthorizationService authorization,
    IStringLocalizer<SharedResource> localizer, ProjectImporter importer)
    : CooperationEditPage(registry, organisations, regions, authorization, localizer)
{
    public ImportResult? Result { get; private set; }

    public string? FormatError { get; private set; }

    /// <summary>The summary names the upload field as the form does.</summary>
    public override string Label(string field) => field == "file" ? Localizer["CrossBorder.Import.File"].Value : base.Label(field);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            AddErrors([CrossBorderProblems.Of("file", "Required")]);
            return Page();
        }

        IReadOnlyList<ProjectRow> rows;
        try
        {
            await using var stream = file.OpenReadStream();
            if (file.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            {
                using var buffer = new MemoryStream();
                await stream.CopyToAsync(buffer, cancellationToken);
                buffer.Position = 0;
                rows = ProjectFile.FromExcel(buffer, Path.GetFileName(file.FileName), cancellationToken);
            }
            else
            {
                using var reader = TabularText.Reader(stream);
                rows = ProjectFile.FromCsv(reader, Path.GetFileName(file.FileName), cancellationToken);
            }
        }
        catch (ImportFormatException ex)
        {
            FormatError = ex.Message;
            return Page();
        }

        Result = await importer.ImportAsync(rows, project => MayAsync(project, project.Id == 0 ? ItemOperations.Create : ItemOperations.Edit), cancellationToken);
        return Page();
    }
}
