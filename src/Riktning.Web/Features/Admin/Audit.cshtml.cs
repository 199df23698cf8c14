using Riktning.Accounts;
using Riktning.Auditing;

namespace Riktning.Web.Features.Admin;

/// <summary>The audit trail, newest first, filtered by entity type, user and date, fifty entries a page.</summary>
[Authorize(Roles = RoleNames.Administrator)]
public sealed class AuditModel(RiktningDb db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true, Name = "user")]
    public string? UserName { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public IReadOnlyList<string> Types { get; private set; } = [];

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Type))
        {
            query = query.Where(a => a.EntityType == Type);
        }

        if (!string.IsNullOrWhiteSpace(UserName))
        {
            query = query.Where(a => a.UserName == UserName.Trim());
        }

        if (From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(a => a.WhenUtc >= start);
        }

        if (To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(a => a.WhenUtc < end);
        }

        Total = await query.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        Entries = await query.OrderByDescending(a => a.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        Types = await db.AuditEntries.Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
    }

    /// <summary>The link to another page with the same filters.</summary>
    public string PageLink(int page) =>
        "/admin/audit?" + string.Join('&', new[]
        {
            Type is { Length: > 0 } ? "type=" + Uri.EscapeDataString(Type) : null,
            UserName is { Length: > 0 } ? "user=" + Uri.EscapeDataString(UserName) : null,
            From is { } f ? "from=" + f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            To is { } t ? "to=" + t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            "page=" + page.ToString(CultureInfo.InvariantCulture),
        }.Where(p => p is not null));
}
