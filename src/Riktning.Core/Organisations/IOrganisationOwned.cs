namespace Riktning.Organisations;

/// <summary>
/// An item that belongs to one organisation (a plan, an intervention, a cross-border project…) or to none (an
/// agreement between several parties, a report in the knowledge base). Editors may create, change and delete only
/// the items of their own organisation; items without an owner are the region's shared work, which only analysts and
/// administrators may change. The web's one authorization handler checks this interface.
/// </summary>
public interface IOrganisationOwned
{
    int? OrganisationId { get; }
}
