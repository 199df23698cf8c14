using Riktning.Accounts;

namespace Riktning.Web.Features.DataDesk;

/// <summary>Who works at the data desk: the roles that own the strategy's data (imports, refreshes, undo).</summary>
public static class DeskAccess
{
    public const string Roles = RoleNames.Administrator + "," + RoleNames.Analyst;
}
