namespace Riktning.Web.Features.Accounts;

/// <summary><c>Riktning:Accounts</c>: limits on signing in.</summary>
public sealed class AccountSettings
{
    public const string Section = "Riktning:Accounts";

    /// <summary>
    /// Login attempts (POSTs) one client IP address may make per minute, across all accounts: lockout protects one
    /// account, this slows down guessing across many.
    /// </summary>
    public int LoginAttemptsPerMinute { get; set; } = 10;
}
