namespace Riktning.Web.Features.DataDesk;

/// <summary>
/// Undoing one import batch of a measure: the page says what the undo will do and asks; the post undoes it through
/// <see cref="ImportHistory.UndoAsync"/> (one transaction, exactly the replaced values back). A refusal (a later batch
/// changed the values, already undone) is shown with the batch it names, and nothing changes.
/// </summary>
[Authorize(Roles = DeskAccess.Roles)]
public sealed class UndoModel(RiktningDb db, ImportHistory history) : PageModel
{
    public string MeasureId { get; private set; } = "";

    public ImportBatch Batch { get; private set; } = null!;

    public UndoSummary? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(string measureId, int batchId, CancellationToken cancellationToken) =>
        await LoadAsync(measureId, batchId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string measureId, int batchId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(measureId, batchId, cancellationToken))
        {
            return NotFound();
        }

        try
        {
            Result = await history.UndoAsync(batchId, cancellationToken);
        }
        catch (InvalidInputException ex)
        {
            ModelState.AddModelError("", ex.Message);
            Response.StatusCode = StatusCodes.Status409Conflict;
        }

        await LoadAsync(measureId, batchId, cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(string measureId, int batchId, CancellationToken cancellationToken)
    {
        MeasureId = measureId;
        Batch = await db.ImportBatches.AsNoTracking().SingleOrDefaultAsync(b => b.Id == batchId && b.MeasureId == measureId, cancellationToken) ?? null!;
        return Batch is not null;
    }
}
