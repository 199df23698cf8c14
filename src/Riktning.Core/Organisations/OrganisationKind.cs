namespace Riktning.Organisations;

/// <summary>What kind of actor an organisation is; spelled in files as kebab-case (<c>county-board</c>).</summary>
public enum OrganisationKind
{
    /// <summary>A region or Norwegian fylkeskommune.</summary>
    Region,

    /// <summary>A Swedish kommun or Norwegian kommune.</summary>
    Municipality,

    /// <summary>A länsstyrelse or Norwegian statsforvalter.</summary>
    CountyBoard,

    University,
    CivilSociety,
    Cluster,
    BusinessOrganisation,
    Other,
}
