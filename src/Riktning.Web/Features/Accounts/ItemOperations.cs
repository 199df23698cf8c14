using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Riktning.Web.Features.Accounts;

/// <summary>
/// What a user may do to an organisation's item; checked with <c>IAuthorizationService.AuthorizeAsync(user, item,
/// ItemOperations.Edit)</c> on every write, whatever the page shows (<see cref="OrganisationItemAuthorizationHandler"/>).
/// </summary>
public static class ItemOperations
{
    public static readonly OperationAuthorizationRequirement Create = new() { Name = nameof(Create) };

    public static readonly OperationAuthorizationRequirement Edit = new() { Name = nameof(Edit) };

    public static readonly OperationAuthorizationRequirement Delete = new() { Name = nameof(Delete) };
}
