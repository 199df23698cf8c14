using Riktning.SituationAnalysis;

namespace Riktning.Web.Features.SituationAnalysis;

/// <summary><c>/analysis</c>: the published situation analyses; analysts and administrators also see drafts and those under review.</summary>
public sealed class IndexModel(SituationAnalysisService analyses) : PageModel
{
    public IReadOnlyList<AnnualAnalysis> Analyses { get; private set; } = [];

    public bool CanWrite { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        CanWrite = AnalysisAccess.CanWrite(User);
        Analyses = await analyses.ListAsync(publishedOnly: !CanWrite, cancellationToken);
    }
}
