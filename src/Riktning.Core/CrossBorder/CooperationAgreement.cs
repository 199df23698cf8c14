using Riktning.Auditing;

namespace Riktning.CrossBorder;

/// <summary>A signed cooperation agreement between organisations on both sides of the border.</summary>
public sealed class CooperationAgreement : IAudited, IOrganisationOwned
{
    public int Id { get; set; }

    public required string Title { get; set; }

    /// <summary>The parties, by organisation key.</summary>
    public List<string> PartyKeys { get; set; } = [];

    public DateOnly SignedOn { get; set; }

    public DateOnly? ValidTo { get; set; }

    public string Summary { get; set; } = "";

    public string? Link { get; set; }

    /// <summary>The organisation that registered and maintains the entry; null for the region's shared entries.</summary>
    public int? OrganisationId { get; set; }
}
