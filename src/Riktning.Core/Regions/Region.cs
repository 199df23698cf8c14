namespace Riktning.Regions;

/// <summary>
/// A country, county or municipality with the period its code was valid. Norwegian codes changed in
/// the 2020 and 2024 reforms, so one place can appear several times with different codes and periods.
/// </summary>
public sealed class Region
{
    public int Id { get; set; }

    /// <summary>ISO country code: <c>SE</c> or <c>NO</c>.</summary>
    public required string Country { get; set; }

    /// <summary>The national code: <c>17</c>, <c>1780</c>, <c>34</c>, <c>3401</c>; <c>00</c> for the country.</summary>
    public required string Code { get; set; }

    public RegionLevel Level { get; set; }

    public required string Name { get; set; }

    /// <summary>National code of the county a municipality belongs to in this period.</summary>
    public string? ParentCode { get; set; }

    /// <summary>First day the code was valid; null when valid since before the lists begin.</summary>
    public DateOnly? ValidFrom { get; set; }

    /// <summary>Last day the code was valid (inclusive); null while it is still valid.</summary>
    public DateOnly? ValidTo { get; set; }

    /// <summary>
    /// When a region load last added or changed this row (UTC). The newest, with the change table's, is part of the
    /// <see cref="Data.StoreVersion"/>, so names and periods a load changes are seen by the pages and answers kept per version.
    /// </summary>
    public DateTime StoredAtUtc { get; set; }

    /// <summary>Riktning's key: <c>SE-17</c>, <c>NO-3401</c>, or <c>SE</c> for the country.</summary>
    public string Key => RegionKey.Format(Country, Code);

    public bool IsValidOn(DateOnly day) => (ValidFrom is null || ValidFrom <= day) && (ValidTo is null || day <= ValidTo);
}
