using Riktning.Auditing;

namespace Riktning.Plans;

/// <summary>
/// An insats: what an organisation does towards the strategy's goals, with its money, its change logic and its judged
/// effect on the five perspectives. Lists are stored as JSON in the row, so one audit entry shows the whole change.
/// </summary>
public sealed class Intervention : IOrganisationOwned, IAudited
{
    public int Id { get; set; }

    /// <summary>Stable identifier chosen by the owner; bulk imports match on it, so importing twice changes nothing.</summary>
    public required string Key { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public int OrganisationId { get; set; }

    int? IOrganisationOwned.OrganisationId => OrganisationId;

    public List<int> PartnerIds { get; set; } = [];

    public int? PlanId { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }

    public InterventionStatus Status { get; set; }

    /// <summary>The total budget in whole SEK; the financing may not add up to more.</summary>
    public long Budget { get; set; }

    public List<Financing> Financing { get; set; } = [];

    public List<string> GoalIds { get; set; } = [];

    public List<string> IndicatorIds { get; set; } = [];

    public List<string> KeyForChangeIds { get; set; } = [];

    public List<string> SmartSpecialisationIds { get; set; } = [];

    public List<string> MissionIds { get; set; } = [];

    /// <summary>Change logic: the situation the intervention starts from.</summary>
    public string? CurrentState { get; set; }

    /// <summary>Change logic: the activities carried out.</summary>
    public string? Activities { get; set; }

    /// <summary>Change logic: the direct results of the activities.</summary>
    public string? Results { get; set; }

    /// <summary>Change logic: the longer-term effects.</summary>
    public string? Effects { get; set; }

    /// <summary>Change logic: how the effects contribute to the linked goals.</summary>
    public string? GoalContribution { get; set; }

    public List<PerspectiveAssessment> Perspectives { get; set; } = [];
}
