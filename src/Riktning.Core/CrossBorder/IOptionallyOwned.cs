namespace Riktning.CrossBorder;

/// <summary>
/// An item that may belong to one organisation or to none (an agreement between several parties, a report in the
/// knowledge base). Items without an owner belong to the region's shared work: only analysts and administrators
/// may change them; an owned item follows the same rule as <see cref="Organisations.IOrganisationOwned"/>.
/// </summary>
public interface IOptionallyOwned
{
    int? OrganisationId { get; }
}
