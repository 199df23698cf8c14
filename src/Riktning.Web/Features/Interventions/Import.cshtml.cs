using Riktning.Importing;
using Riktning.Importing.Tabular;
using Riktning.Plans;
using Riktning.Web.Features.Accounts;
using Riktning.Web.Features.Plans;

namespace Riktning.Web.Features.Interventions;

/// <summary>
/// Uploads interventions as CSV or Excel. The whole file is checked first, each row against the same rules as the
/// form and against the user's rights; one problem anywhere and nothing is stored.
/// </summary>
[Authorize]
[RequestSizeLimit(MaxBytes)]
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Riktning.Web.Features.Shared.RequestLimits.ImportPolicy)]
public sealed class ImportModel(PlanningData data, InterventionImporter importer, IAuthorizationService authorization, IStringLocalizer<SharedResource> t) : PageModel
{
    private const int MaxBytes = 10 * 1024 * 1024;

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public ImportResult? Result { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", t["Intervention.ImportFileRequired"]);
            return Page();
        }

        IReadOnlyList<InterventionRow> rows;
        try
        {
            await using var stream = file.OpenReadStream();
            var table = file.FileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)
                ? TabularTable.FromExcel(stream, file.FileName, cancellationToken)
                : TabularTable.FromCsv(TabularText.Reader(stream), file.FileName, cancellationToken: cancellationToken);
            rows = InterventionTable.Read(table, file.FileName);
        }
        catch (ImportFormatException ex)
        {
            ModelState.AddModelError("file", ex.Message);
            return Page();
        }

        var result = await importer.ImportAsync(
            rows,
            await data.ReferencesAsync(cancellationToken),
            async (stored, incoming) =>
                (stored is null || (await authorization.AuthorizeAsync(User, stored, ItemOperations.Edit)).Succeeded)
                && (await authorization.AuthorizeAsync(User, incoming, stored is null ? ItemOperations.Create : ItemOperations.Edit)).Succeeded,
            cancellationToken);
        Result = result;
        if (result.RefusedLines.Count > 0)
        {
            // Refused like any other write the user may not make; the page says which rows.
            Response.StatusCode = StatusCodes.Status403Forbidden;
            Problems = result.RefusedLines.Select(line => (string)t["Intervention.ImportRefused", line]).ToList();
        }
        else if (result.Problems.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            var names = await data.PerspectiveNamesAsync(cancellationToken);
            Problems = result.Problems.Select(p => (string)t["Intervention.ImportProblem", p.Line, p.Column, ProblemText.Format(t, p.Problem, names)]).ToList();
        }

        return Page();
    }
}
