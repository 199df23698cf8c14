namespace Riktning.CrossBorder;

/// <summary>
/// What the validators check links against: the organisation and region registries, the loaded cooperation framework
/// and the current strategy. Loaded once per form post or import, so that validation itself stays pure.
/// </summary>
public sealed record CrossBorderReferences(
    IReadOnlyDictionary<string, Organisation> Organisations,
    IReadOnlyDictionary<string, string> RegionCountries,
    IReadOnlySet<string> CooperationAreas,
    IReadOnlySet<string> BusinessAreas,
    IReadOnlySet<string> Recommendations,
    IReadOnlySet<string> Goals,
    IReadOnlyDictionary<string, int> ProjectIds)
{
    /// <summary>The current strategy's keys for change, smart specialisations and missions, by id.</summary>
    public IReadOnlySet<string> KeysForChange { get; init; } = new HashSet<string>();

    public IReadOnlySet<string> SmartSpecialisations { get; init; } = new HashSet<string>();

    public IReadOnlySet<string> Missions { get; init; } = new HashSet<string>();

    public Organisation? OrganisationById(int id) => Organisations.Values.FirstOrDefault(o => o.Id == id);
}
