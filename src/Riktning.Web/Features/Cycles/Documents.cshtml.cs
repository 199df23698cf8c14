using Riktning.Cycles;
using Riktning.Web.Features.Plans;

namespace Riktning.Web.Features.Cycles;

/// <summary>A meeting's documents: add a link or upload a file (size-capped), or delete one. Analysts and administrators only.</summary>
[Authorize(Roles = CycleData.EditorRoles)]
[RequestSizeLimit(MeetingDocument.MaxFileBytes + 1_000_000)]
[RequestFormLimits(MultipartBodyLengthLimit = MeetingDocument.MaxFileBytes + 1_000_000)]
public sealed class DocumentsModel(CycleRegistry registry, RiktningDb db, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public DocumentFields Input { get; set; } = new();

    [BindProperty(Name = "Input.File")]
    public IFormFile? Upload { get; set; }

    public int Year { get; private set; }

    public CycleMeeting Meeting { get; private set; } = null!;

    public IReadOnlyList<MeetingDocument> Documents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int year, int meetingId, CancellationToken cancellationToken) =>
        await LoadAsync(year, meetingId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int year, int meetingId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(year, meetingId, cancellationToken))
        {
            return NotFound();
        }

        await using var stream = Upload?.OpenReadStream();
        var upload = Upload is null ? null : new UploadedFile(Upload.FileName, Upload.ContentType, Upload.Length, stream!);
        var (document, problems) = await registry.AddDocumentAsync(Meeting, Input, upload, cancellationToken);
        if (document is null)
        {
            ProblemText.AddTo(ModelState, "Input", problems, t);
            return Page();
        }

        return Redirect($"/cycles/{year.ToString(CultureInfo.InvariantCulture)}/meetings/{meetingId.ToString(CultureInfo.InvariantCulture)}/documents");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int year, int meetingId, int documentId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(year, meetingId, cancellationToken) || await registry.FindDocumentAsync(meetingId, documentId, cancellationToken) is not { } document)
        {
            return NotFound();
        }

        await registry.DeleteAsync(document, cancellationToken);
        return Redirect($"/cycles/{year.ToString(CultureInfo.InvariantCulture)}/meetings/{meetingId.ToString(CultureInfo.InvariantCulture)}/documents");
    }

    private async Task<bool> LoadAsync(int year, int meetingId, CancellationToken cancellationToken)
    {
        Year = year;
        if (await registry.FindAsync(year, cancellationToken) is not { } cycle || await registry.FindMeetingAsync(cycle.Id, meetingId, cancellationToken) is not { } meeting)
        {
            return false;
        }

        Meeting = meeting;
        Documents = await db.MeetingDocuments.AsNoTracking().Where(d => d.MeetingId == meetingId).OrderBy(d => d.Id).ToListAsync(cancellationToken);
        return true;
    }
}
