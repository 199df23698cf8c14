namespace Riktning.Web.Tests.Planning;

/// <summary>Who makes a request in the authorization matrix.</summary>
public enum Actor
{
    Anonymous,
    EditorOwnOrganisation,
    EditorOtherOrganisation,
    Analyst,
    Administrator,
}
