namespace Riktning.Accounts;

/// <summary>The roles of signed-in users. The public reads without an account and has no role.</summary>
public static class RoleNames
{
    /// <summary>Everything, including accounts, organisations and the audit trail.</summary>
    public const string Administrator = "administrator";

    /// <summary>The strategy and its data (definitions, imports), and the items of every organisation.</summary>
    public const string Analyst = "analyst";

    /// <summary>The plans, interventions and projects of one organisation (the user's organisation claim).</summary>
    public const string Editor = "editor";

    public static readonly IReadOnlyList<string> All = [Administrator, Analyst, Editor];
}
