namespace Riktning.Regions;

/// <summary>One group of a <see cref="MunicipalityClassification"/> and its municipalities.</summary>
public sealed class MunicipalityGroup
{
    public int Id { get; set; }

    public int ClassificationId { get; set; }

    /// <summary>The group's code in its source (a Kolada group id such as <c>G92790</c>, or the file's code column).</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>The group's place in the classification's published order.</summary>
    public int Position { get; set; }

    public List<MunicipalityGroupMember> Members { get; set; } = [];
}
