using Riktning.Auditing;

namespace Riktning.CrossBorder;

/// <summary>A meeting, study visit or conference across the border; the organiser owns the entry.</summary>
public sealed class CrossBorderActivity : IAudited, IOrganisationOwned
{
    public int Id { get; set; }

    public ActivityKind Kind { get; set; }

    public required string Title { get; set; }

    public DateOnly Date { get; set; }

    public string Place { get; set; } = "";

    /// <summary>The organiser.</summary>
    public int OrganisationId { get; set; }

    int? IOrganisationOwned.OrganisationId => OrganisationId;

    public int? ProjectId { get; set; }
}
