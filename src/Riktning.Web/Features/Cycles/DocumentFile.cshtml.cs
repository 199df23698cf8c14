using Riktning.Cycles;

namespace Riktning.Web.Features.Cycles;

/// <summary>Downloads an uploaded meeting document, as an attachment so that it never runs in the site's origin.</summary>
[Authorize]
public sealed class DocumentFileModel(CycleRegistry registry, RiktningDb db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await db.MeetingDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken) is not { FileName: { } name } document
            || await registry.FileAsync(id, cancellationToken) is not { } file)
        {
            return NotFound();
        }

        return File(file.Content, document.ContentType ?? "application/octet-stream", name);
    }
}
