using Riktning.Auditing;

namespace Riktning.Cycles;

/// <summary>An organisation's answer to a call for input; its reports per plan and intervention are <see cref="ProgressReport"/>s.</summary>
public sealed class InputAnswer : IAudited, IOrganisationOwned
{
    public int Id { get; set; }

    public int CallId { get; set; }

    public int OrganisationId { get; set; }

    int? IOrganisationOwned.OrganisationId => OrganisationId;

    /// <summary>What the organisation needs from the regional leadership, across its plans and interventions.</summary>
    public string? Needs { get; set; }

    public DateTime AnsweredUtc { get; set; }
}
