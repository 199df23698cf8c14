namespace Riktning.Web.Features.Accounts;

/// <summary>Claims Riktning adds to a signed-in user.</summary>
public static class RiktningClaimTypes
{
    /// <summary>The id of the organisation an editor acts for (<see cref="Riktning.Organisations.Organisation.Id"/>), as invariant digits.</summary>
    public const string Organisation = "riktning:organisation";
}
