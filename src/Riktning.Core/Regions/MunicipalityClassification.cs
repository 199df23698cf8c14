namespace Riktning.Regions;

/// <summary>
/// A division of a country's municipalities into groups, such as SKR's municipality groups (kommungruppsindelning) or
/// Tillväxtverket's municipality types, imported from a file. The report breaks a measure down by it. A changed
/// re-import replaces the whole classification under a new <see cref="Id"/>, which is part of the store version.
/// </summary>
public sealed class MunicipalityClassification
{
    public int Id { get; set; }

    /// <summary>The stable name in addresses and on the command line, e.g. <c>skr-2017</c>.</summary>
    public required string Key { get; set; }

    /// <summary>The classification's name as published, e.g. "SKR:s kommungruppsindelning 2017".</summary>
    public required string Name { get; set; }

    /// <summary>Where the groups came from: the file name and, for Kolada, the group ids.</summary>
    public required string Source { get; set; }

    public DateTime ImportedAtUtc { get; set; }

    /// <summary>The groups in their published order.</summary>
    public List<MunicipalityGroup> Groups { get; set; } = [];
}
