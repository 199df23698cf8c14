using Riktning.Auditing;

namespace Riktning.CrossBorder;

/// <summary>
/// A project across the Swedish–Norwegian border, registered by its owner (the lead or registering organisation) and
/// linked to the cooperation framework and the strategy's goals. Lists are stored as primitive collections so that an
/// audit entry shows the whole value before and after a change.
/// </summary>
public sealed class CrossBorderProject : IAudited, IOrganisationOwned
{
    public int Id { get; set; }

    /// <summary>Stable identifier (<c>gransbygd-2025</c>); bulk imports match on it.</summary>
    public required string Key { get; set; }

    public required string Name { get; set; }

    public string Summary { get; set; } = "";

    public ProjectProgramme Programme { get; set; }

    /// <summary>The owner: the lead or registering organisation.</summary>
    public int OrganisationId { get; set; }

    int? IOrganisationOwned.OrganisationId => OrganisationId;

    public Organisation? Organisation { get; set; }

    /// <summary>Partner organisations from the registry, by key; the country of each says which side it is on.</summary>
    public List<string> PartnerKeys { get; set; } = [];

    /// <summary>Swedish partners that are not in the organisation registry, by name.</summary>
    public List<string> SwedishPartnerNames { get; set; } = [];

    /// <summary>Norwegian partners that are not in the organisation registry, by name.</summary>
    public List<string> NorwegianPartnerNames { get; set; } = [];

    /// <summary>Region keys on both sides (<c>SE-17</c>, <c>NO-34</c>, municipalities too).</summary>
    public List<string> Regions { get; set; } = [];

    public DateOnly Start { get; set; }

    public DateOnly? End { get; set; }

    /// <summary>Whole currency units; null when not stated.</summary>
    public long? BudgetAmount { get; set; }

    public Currency? BudgetCurrency { get; set; }

    public ProjectStatus Status { get; set; }

    public List<string> CooperationAreas { get; set; } = [];

    public List<string> BusinessAreas { get; set; } = [];

    public List<string> Recommendations { get; set; } = [];

    public List<string> Goals { get; set; } = [];

    /// <summary>Keys for change of the current strategy, by id.</summary>
    public List<string> KeysForChange { get; set; } = [];

    public List<string> SmartSpecialisations { get; set; } = [];

    public List<string> Missions { get; set; } = [];

    public string? Website { get; set; }

    /// <summary>Name, summary and partner names folded by <see cref="SearchText.Normalise"/>; free-text search reads only this column.</summary>
    public string SearchText { get; set; } = "";

    /// <summary>Copies every registered value (not the id or the owner navigation) onto a stored project.</summary>
    public void CopyTo(CrossBorderProject target)
    {
        target.Key = Key;
        target.Name = Name;
        target.Summary = Summary;
        target.Programme = Programme;
        target.OrganisationId = OrganisationId;
        target.PartnerKeys = [.. PartnerKeys];
        target.SwedishPartnerNames = [.. SwedishPartnerNames];
        target.NorwegianPartnerNames = [.. NorwegianPartnerNames];
        target.Regions = [.. Regions];
        target.Start = Start;
        target.End = End;
        target.BudgetAmount = BudgetAmount;
        target.BudgetCurrency = BudgetCurrency;
        target.Status = Status;
        target.CooperationAreas = [.. CooperationAreas];
        target.BusinessAreas = [.. BusinessAreas];
        target.Recommendations = [.. Recommendations];
        target.Goals = [.. Goals];
        target.KeysForChange = [.. KeysForChange];
        target.SmartSpecialisations = [.. SmartSpecialisations];
        target.Missions = [.. Missions];
        target.Website = Website;
        target.SearchText = SearchText;
    }

    /// <summary>Whether a stored project already holds exactly these values; a repeated import leaves it alone.</summary>
    public bool SameValues(CrossBorderProject other) =>
        Key == other.Key && Name == other.Name && Summary == other.Summary && Programme == other.Programme
        && OrganisationId == other.OrganisationId && PartnerKeys.SequenceEqual(other.PartnerKeys)
        && SwedishPartnerNames.SequenceEqual(other.SwedishPartnerNames) && NorwegianPartnerNames.SequenceEqual(other.NorwegianPartnerNames)
        && Regions.SequenceEqual(other.Regions) && Start == other.Start && End == other.End && BudgetAmount == other.BudgetAmount
        && BudgetCurrency == other.BudgetCurrency && Status == other.Status && CooperationAreas.SequenceEqual(other.CooperationAreas)
        && BusinessAreas.SequenceEqual(other.BusinessAreas) && Recommendations.SequenceEqual(other.Recommendations)
        && Goals.SequenceEqual(other.Goals) && KeysForChange.SequenceEqual(other.KeysForChange)
        && SmartSpecialisations.SequenceEqual(other.SmartSpecialisations) && Missions.SequenceEqual(other.Missions) && Website == other.Website;
}
