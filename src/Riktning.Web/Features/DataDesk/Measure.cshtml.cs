using Microsoft.AspNetCore.RateLimiting;

namespace Riktning.Web.Features.DataDesk;

/// <summary>
/// One measure at the data desk. An upload is read and shown as observations first (<c>preview</c>: the import runs and
/// is rolled back, so every error the import would give is given, naming file, line and field); only a second post
/// (<c>confirm</c>) stores it, from the same bytes with the same choices (<see cref="DeskUploads"/>). "Refresh now"
/// fetches the measure from its source; the history lists the measure's batches, each with an undo behind a
/// confirmation (<see cref="UndoModel"/>). Every stored batch is in the audit trail under the signed-in user.
/// </summary>
[Authorize(Roles = DeskAccess.Roles)]
[EnableRateLimiting(RequestLimits.ImportPolicy)]
public sealed class MeasureModel(
    StrategyCatalog catalog,
    MeasureImport import,
    ImportHistory history,
    ObservationQueries queries,
    RefreshCoordinator coordinator,
    RefreshProgress refreshes,
    DeskUploads uploads,
    IStringLocalizer<SharedResource> t) : PageModel
{
    /// <summary>How many of the prepared observations the preview lists.</summary>
    public const int PreviewRows = 20;

    [BindProperty]
    public UploadInput Input { get; set; } = new();

    /// <summary>The token of the upload being confirmed.</summary>
    [BindProperty]
    public string? Upload { get; set; }

    public Measure Measure { get; private set; } = null!;

    public MeasureDataStatus? Status { get; private set; }

    public IReadOnlyList<ImportBatch> Batches { get; private set; } = [];

    public RefreshOutcome? LastRefresh { get; private set; }

    /// <summary>The upload read but not stored: its token, what it would store and the first rows.</summary>
    public (string Token, string FileName, ImportSummary Summary, PreparedImport Prepared)? Preview { get; private set; }

    public ImportSummary? Stored { get; private set; }

    /// <summary>True right after "refresh now" (the outcome is <see cref="LastRefresh"/>).</summary>
    public bool Refreshed { get; private set; }

    /// <summary>True when "refresh now" found another refresh running (here or on another instance) and did nothing.</summary>
    public bool RefreshBusy { get; private set; }

    public IReadOnlyList<KeyValuePair<string, string>> FormatOptions =>
    [
        new("", t["Desk.ChooseFormat"]),
        .. Enum.GetNames<StatisticsFileFormat>().Select(f => new KeyValuePair<string, string>(f, t["Desk.Format." + f])),
    ];

    public async Task<IActionResult> OnGetAsync(string measureId, CancellationToken cancellationToken) =>
        await LoadAsync(measureId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostPreviewAsync(string measureId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(measureId, cancellationToken))
        {
            return NotFound();
        }

        var format = Enum.TryParse<StatisticsFileFormat>(Input.Format, out var parsed) && Enum.IsDefined(parsed) ? parsed : (StatisticsFileFormat?)null;
        if (format is null)
        {
            ModelState.AddModelError("Input.Format", t["Desk.FormatRequired"]);
        }

        if (Input.File is not { Length: > 0 })
        {
            ModelState.AddModelError("Input.File", t["Desk.FileRequired"]);
        }

        var choices = Choices();
        if (!ModelState.IsValid || choices is null)
        {
            return Page();
        }

        var fileName = Path.GetFileName(Input.File!.FileName);
        string token;
        await using (var content = Input.File.OpenReadStream())
        {
            token = await uploads.SaveAsync(content, new DeskUpload(UserName, Measure.Id, format!.Value, fileName, choices, default), cancellationToken);
        }

        try
        {
            PreparedImport prepared;
            await using (var stream = DeskUploads.Open(token))
            {
                prepared = MeasureImport.PrepareFile(Measure, format.Value, stream, fileName, fileName, choices, cancellationToken);
            }

            Preview = (token, fileName, await import.PreviewAsync(prepared, cancellationToken), prepared);
        }
        catch (InvalidInputException ex)
        {
            // The same message as the command line's: the file, the line and the field; nothing was stored.
            DeskUploads.Delete(token);
            ModelState.AddModelError("Input.File", ex.Message);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(string measureId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(measureId, cancellationToken))
        {
            return NotFound();
        }

        ModelState.Clear();
        if (await uploads.FindAsync(Upload, UserName, Measure.Id, cancellationToken) is not { } upload)
        {
            ModelState.AddModelError("Input.File", t["Desk.UploadExpired"]);
            return Page();
        }

        try
        {
            PreparedImport prepared;
            await using (var stream = DeskUploads.Open(Upload!))
            {
                prepared = MeasureImport.PrepareFile(Measure, upload.Format, stream, upload.FileName, upload.FileName, upload.Choices, cancellationToken);
            }

            Stored = await import.ImportAsync(prepared, cancellationToken);
            DeskUploads.Delete(Upload!);
        }
        catch (InvalidInputException ex)
        {
            DeskUploads.Delete(Upload!);
            ModelState.AddModelError("Input.File", ex.Message);
        }

        await LoadAsync(measureId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRefreshAsync(string measureId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(measureId, cancellationToken))
        {
            return NotFound();
        }

        ModelState.Clear();
        if (await coordinator.RunAsync(RefreshTriggers.DataDesk, measureIds: [Measure.Id], cancellationToken: cancellationToken) is { } run)
        {
            refreshes.Record(run.Outcomes);
            Refreshed = true;
        }
        else
        {
            RefreshBusy = true;
        }

        await LoadAsync(measureId, cancellationToken);
        return Page();
    }

    private string UserName => User.Identity?.Name ?? "";

    /// <summary>The form's mapping choices; null (with the problem in ModelState) when a line is not name=value.</summary>
    private MappingChoices? Choices()
    {
        try
        {
            return new MappingChoices
            {
                RegionDimension = Blank(Input.Region),
                TimeDimension = Blank(Input.Time),
                Breakdowns = MappingChoices.Pairs(Lines(Input.Breakdowns), t["Desk.Breakdowns"]),
                Filters = MappingChoices.Pairs(Lines(Input.Filters), t["Desk.Filters"]),
                Norwegian = Input.Norwegian,
                FixedRegion = Blank(Input.FixedRegion),
                Language = Blank(Input.Language),
                MismatchReason = Blank(Input.MismatchReason),
            };
        }
        catch (InvalidInputException ex)
        {
            ModelState.AddModelError(ex.Message.StartsWith(t["Desk.Filters"], StringComparison.Ordinal) ? "Input.Filters" : "Input.Breakdowns", ex.Message);
            return null;
        }

        static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

        static string[] Lines(string? value) => (value ?? "").Split(['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    private async Task<bool> LoadAsync(string measureId, CancellationToken cancellationToken)
    {
        if ((await catalog.FindMeasureAsync(measureId, cancellationToken))?.Measure is not { } measure)
        {
            return false;
        }

        Measure = measure;
        Status = (await queries.StatusAsync([measure.Id], cancellationToken)).GetValueOrDefault(measure.Id);
        Batches = await history.ListAsync(measure.Id, cancellationToken);
        LastRefresh = refreshes.Latest.GetValueOrDefault(measure.Id);
        return true;
    }
}
