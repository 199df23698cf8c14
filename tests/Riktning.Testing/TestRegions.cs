using Riktning.Regions;

namespace Riktning.Testing;

/// <summary>Regions as a region load would bring them in again: the same rows, one of them renamed.</summary>
public static class TestRegions
{
    /// <summary>A new row for <paramref name="region"/> with another name, as a corrected code list would carry it.</summary>
    public static Region Renamed(Region region, string name) => new()
    {
        Country = region.Country,
        Code = region.Code,
        Level = region.Level,
        Name = name,
        ParentCode = region.ParentCode,
        ValidFrom = region.ValidFrom,
        ValidTo = region.ValidTo,
    };
}
