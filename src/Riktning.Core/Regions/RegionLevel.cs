namespace Riktning.Regions;

public enum RegionLevel
{
    Country,

    /// <summary>Län in Sweden, fylke in Norway.</summary>
    County,

    /// <summary>Kommun in Sweden, kommune in Norway.</summary>
    Municipality,
}
