namespace Riktning.Organisations;

/// <summary>An organisation list could not be read; the message names the file, line and field.</summary>
public sealed class OrganisationListException(string message) : InvalidInputException(message);
