using Riktning.CrossBorder;

namespace Riktning.Web.Features.OpenData;

/// <summary>A cross-border activity of the public registry; organiser by organisation key, project by project key.</summary>
public sealed record ActivityDocument(int Id, ActivityKind Kind, string Title, DateOnly Date, string Place, string? Organiser, string? Project);
