using Riktning.Auditing;

namespace Riktning.Cycles;

/// <summary>
/// An organisation's report on one of its plans or one of its interventions for one cycle (exactly one of
/// <see cref="PlanId"/> and <see cref="InterventionId"/> is set): at most one per item per cycle year.
/// </summary>
public sealed class ProgressReport : IAudited, IOrganisationOwned
{
    public int Id { get; set; }

    public int CycleId { get; set; }

    public int OrganisationId { get; set; }

    int? IOrganisationOwned.OrganisationId => OrganisationId;

    public int? PlanId { get; set; }

    public int? InterventionId { get; set; }

    public ProgressStatus Status { get; set; }

    /// <summary>The organisation's own follow-up.</summary>
    public string? FollowUp { get; set; }

    public string? Needs { get; set; }
}
