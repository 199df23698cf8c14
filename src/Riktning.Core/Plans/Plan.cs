using Riktning.Auditing;

namespace Riktning.Plans;

/// <summary>An insats- or handlingsplan: an organisation's plan for three to five years, linked to goals of the strategy.</summary>
public sealed class Plan : IOrganisationOwned, IAudited
{
    public int Id { get; set; }

    public int OrganisationId { get; set; }

    int? IOrganisationOwned.OrganisationId => OrganisationId;

    public required string Name { get; set; }

    public string? Description { get; set; }

    public int StartYear { get; set; }

    public int EndYear { get; set; }

    /// <summary>Goal ids of the current strategy (<c>god-och-jamlik-halsa</c>).</summary>
    public List<string> GoalIds { get; set; } = [];

    public List<string> KeyForChangeIds { get; set; } = [];

    public List<string> SmartSpecialisationIds { get; set; } = [];

    public List<string> MissionIds { get; set; } = [];
}
