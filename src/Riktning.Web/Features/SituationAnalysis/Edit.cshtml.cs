using Riktning.SituationAnalysis;

namespace Riktning.Web.Features.SituationAnalysis;

/// <summary>
/// <c>/analysis/{id}/edit</c>: commentary per section and the moves draft → review → published (analysts and
/// administrators). A published analysis is read-only: the service refuses every change, whoever asks.
/// </summary>
[Authorize(Roles = AnalysisAccess.Writers)]
public sealed class EditModel(SituationAnalysisService analyses, StrategyCatalog catalog, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public Dictionary<string, string?> Comments { get; set; } = new(StringComparer.Ordinal);

    public AnnualAnalysis Analysis { get; private set; } = null!;

    /// <summary>The sections in reading order with their headings.</summary>
    public IReadOnlyList<(string Section, string Heading)> Sections { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Comments = Analysis.Comments.ToDictionary(c => c.Section, c => (string?)c.Text, StringComparer.Ordinal);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int id, CancellationToken cancellationToken)
    {
        var change = await analyses.SaveCommentsAsync(id, Comments, cancellationToken);
        return await AfterAsync(id, change, $"/analysis/{id}/edit?saved=1", cancellationToken);
    }

    public async Task<IActionResult> OnPostMoveAsync(int id, string? to, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<AnalysisStatus>(to, ignoreCase: true, out var status) || !Enum.IsDefined(status))
        {
            return BadRequest();
        }

        var change = await analyses.MoveAsync(id, status, cancellationToken);
        return await AfterAsync(id, change, status == AnalysisStatus.Published ? $"/analysis/{id}" : $"/analysis/{id}/edit", cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(int id, AnalysisChange change, string next, CancellationToken cancellationToken)
    {
        if (!change.Found)
        {
            return NotFound();
        }

        if (change.Succeeded)
        {
            return Redirect(next);
        }

        foreach (var problem in change.Problems)
        {
            ModelState.AddModelError(problem.Field, t[problem.Message, [.. problem.Arguments.Select(Word)]]);
        }

        await LoadAsync(id, cancellationToken);
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private string Word(string argument) => Enum.TryParse<AnalysisStatus>(argument, ignoreCase: true, out var status) ? t[$"Analysis.Status.{status}"].Value : argument;

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await analyses.FindAsync(id, cancellationToken) is not { } stored)
        {
            return false;
        }

        Analysis = stored;
        var definition = (await catalog.GetAsync(stored.StrategyId, stored.Revision, cancellationToken))!.Definition;
        Sections = [.. AnalysisSections.Of(definition).Select(s => (s, Heading(definition, s)))];
        return true;
    }

    private string Heading(StrategyDefinition definition, string section) =>
        section == AnalysisSections.Summary ? t["Analysis.Summary"].Value
            : definition.FocusAreas.FirstOrDefault(a => AnalysisSections.Area(a.Id) == section) is { } area ? t["Analysis.AreaSection", Shared.LocalizedHtml.Plain(area.Name)].Value
            : t["Analysis.GoalSection", Shared.LocalizedHtml.Plain(definition.Goals.First(g => AnalysisSections.Goal(g.Id) == section).Name)].Value;
}
