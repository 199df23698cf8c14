namespace Riktning.Regions;

/// <summary>A municipality in a group. A municipality is in at most one group of a classification.</summary>
public sealed class MunicipalityGroupMember
{
    public int GroupId { get; set; }

    /// <summary>Denormalised from the group so that the store itself refuses a municipality in two groups of one classification.</summary>
    public int ClassificationId { get; set; }

    /// <summary>Riktning's region key, e.g. <c>SE-1780</c>.</summary>
    public required string RegionKey { get; set; }
}
