namespace Riktning.Organisations;

/// <summary>
/// An item that belongs to one organisation (a plan, an intervention, a cross-border project…). Editors may create,
/// change and delete only the items of their own organisation; the web's authorization handler checks this interface.
/// </summary>
public interface IOrganisationOwned
{
    int OrganisationId { get; }
}
