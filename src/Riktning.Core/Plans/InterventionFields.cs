namespace Riktning.Plans;

/// <summary>
/// An intervention as text, the way the form posts it and a bulk-import row holds it; <see cref="InterventionValidator"/>
/// turns it into an <see cref="Intervention"/> or names what is wrong, field by field.
/// </summary>
public sealed class InterventionFields
{
    public string? Key { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    /// <summary>The owner's organisation key.</summary>
    public string? Organisation { get; set; }

    /// <summary>Partner organisation keys.</summary>
    public List<string> Partners { get; set; } = [];

    /// <summary>The plan's id, or empty.</summary>
    public string? Plan { get; set; }

    /// <summary>yyyy-MM-dd.</summary>
    public string? StartDate { get; set; }

    /// <summary>yyyy-MM-dd.</summary>
    public string? EndDate { get; set; }

    /// <summary>planned, ongoing, completed or cancelled.</summary>
    public string? Status { get; set; }

    /// <summary>Whole SEK.</summary>
    public string? Budget { get; set; }

    /// <summary>Amount in whole SEK per financing source (<c>interreg</c> → <c>500000</c>); empty means none.</summary>
    public Dictionary<string, string?> Financing { get; set; } = new(StringComparer.Ordinal);

    public List<string> Goals { get; set; } = [];

    public List<string> Indicators { get; set; } = [];

    public List<string> KeysForChange { get; set; } = [];

    public List<string> SmartSpecialisations { get; set; } = [];

    public List<string> Missions { get; set; } = [];

    public string? CurrentState { get; set; }

    public string? Activities { get; set; }

    public string? Results { get; set; }

    public string? Effects { get; set; }

    public string? GoalContribution { get; set; }

    /// <summary>positive, negative or neutral per perspective id; empty means neutral.</summary>
    public Dictionary<string, string?> Assessments { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, string?> Motivations { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The fields of a stored intervention, for the edit form and the export.</summary>
    public static InterventionFields From(Intervention intervention, IReadOnlyDictionary<int, string> organisationKeys) => new()
    {
        Key = intervention.Key,
        Name = intervention.Name,
        Description = intervention.Description,
        Organisation = organisationKeys.GetValueOrDefault(intervention.OrganisationId),
        Partners = intervention.PartnerIds.Select(id => organisationKeys.GetValueOrDefault(id) ?? "").Where(k => k.Length > 0).ToList(),
        Plan = intervention.PlanId?.ToString(CultureInfo.InvariantCulture),
        StartDate = intervention.StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        EndDate = intervention.EndDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Status = PlanningSpelling.Format(intervention.Status),
        Budget = intervention.Budget.ToString(CultureInfo.InvariantCulture),
        Financing = intervention.Financing.ToDictionary(f => PlanningSpelling.Format(f.Source), f => (string?)f.Amount.ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal),
        Goals = [.. intervention.GoalIds],
        Indicators = [.. intervention.IndicatorIds],
        KeysForChange = [.. intervention.KeyForChangeIds],
        SmartSpecialisations = [.. intervention.SmartSpecialisationIds],
        Missions = [.. intervention.MissionIds],
        CurrentState = intervention.CurrentState,
        Activities = intervention.Activities,
        Results = intervention.Results,
        Effects = intervention.Effects,
        GoalContribution = intervention.GoalContribution,
        Assessments = intervention.Perspectives.ToDictionary(p => p.PerspectiveId, p => (string?)PlanningSpelling.Format(p.Effect), StringComparer.Ordinal),
        Motivations = intervention.Perspectives.ToDictionary(p => p.PerspectiveId, p => p.Motivation, StringComparer.Ordinal),
    };
}
