namespace Riktning.Analysis;

/// <summary>Which units Norwegian series are shown on (issue 14, item 1).</summary>
public enum GeographyChoice
{
    /// <summary>As published: each figure on the units of its own period (Viken until 2023, Østfold, Akershus and Buskerud from 2024).</summary>
    AsThen,

    /// <summary>On today's units, through the change tables (<see cref="Regions.RegionGeography.Convert"/>).</summary>
    AsToday,
}
