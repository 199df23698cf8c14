namespace Riktning.Regions;

/// <summary>How a code changed at a reform, as the published change tables (SSB KLASS) give it.</summary>
public enum RegionChangeKind
{
    /// <summary>The same area under a new code (one to one).</summary>
    Renumbered,

    /// <summary>Several old units became one new unit (many to one): counts and amounts add up.</summary>
    Merged,

    /// <summary>One old unit became several new ones (one to many): never apportioned without a published weight.</summary>
    Split,
}

/// <summary>
/// One line of a published change table: on <see cref="EffectiveFrom"/> the area of <see cref="FromCode"/> went (wholly
/// or partly, see <see cref="Kind"/>) to <see cref="ToCode"/>. A split carries a weight only when one is published, and
/// then names it in <see cref="WeightSource"/>.
/// </summary>
public sealed class RegionChange
{
    public int Id { get; set; }

    public required string Country { get; set; }

    public RegionLevel Level { get; set; }

    public required string FromCode { get; set; }

    public required string ToCode { get; set; }

    public RegionChangeKind Kind { get; set; }

    /// <summary>The first day the new code was valid.</summary>
    public DateOnly EffectiveFrom { get; set; }

    /// <summary>Share of the old unit that went to the new one, when published (a split only).</summary>
    public double? Weight { get; set; }

    /// <summary>Who published the weight (required with <see cref="Weight"/>).</summary>
    public string? WeightSource { get; set; }

    /// <summary>The file (and line) the change came from.</summary>
    public required string Source { get; set; }

    /// <summary>When a region load last added or changed this line (UTC); see <see cref="Region.StoredAtUtc"/>.</summary>
    public DateTime StoredAtUtc { get; set; }

    public string FromKey => RegionKey.Format(Country, FromCode);

    public string ToKey => RegionKey.Format(Country, ToCode);
}
