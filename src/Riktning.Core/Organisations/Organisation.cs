using Riktning.Auditing;

namespace Riktning.Organisations;

/// <summary>
/// An actor that owns plans, interventions and cross-border projects: a region, a municipality, a university, a
/// cluster, a Norwegian fylkeskommune… Editors act for exactly one organisation.
/// </summary>
public sealed class Organisation : IAudited
{
    public int Id { get; set; }

    /// <summary>Stable identifier (<c>region-varmland</c>); bundled lists and bulk imports match on it.</summary>
    public required string Key { get; set; }

    /// <summary>The organisation's own name, in its own language; names are not translated.</summary>
    public required string Name { get; set; }

    /// <summary><c>SE</c> or <c>NO</c>.</summary>
    public required string Country { get; set; }

    public OrganisationKind Kind { get; set; }

    /// <summary>The region key it belongs to (<c>SE-1780</c>, <c>NO-34</c>), if any.</summary>
    public string? RegionKey { get; set; }
}
