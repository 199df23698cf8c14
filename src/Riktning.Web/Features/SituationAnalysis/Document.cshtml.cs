using Riktning.SituationAnalysis;

namespace Riktning.Web.Features.SituationAnalysis;

/// <summary>
/// <c>/analysis/{id}</c>: the analysis as a web page. Published, it is public and shows its stored figures with the
/// current ones beside those a source has revised since; a draft or one under review only analysts and administrators see.
/// </summary>
public sealed class DocumentModel(SituationAnalysisService analyses, RegionRegistry regions) : PageModel
{
    public AnalysisPage Document { get; private set; } = null!;

    public bool CanWrite { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await analyses.FindAsync(id, cancellationToken) is not { } stored)
        {
            return NotFound();
        }

        if (!AnalysisAccess.CanRead(User, stored))
        {
            return User.Identity?.IsAuthenticated == true ? Forbid() : Challenge();
        }

        CanWrite = AnalysisAccess.CanWrite(User) && stored.Status != AnalysisStatus.Published;
        Document = new AnalysisPage(await analyses.ViewAsync(stored, cancellationToken), await AnalysisAccess.RegionNamesAsync(regions, cancellationToken), print: false);
        return Page();
    }
}
