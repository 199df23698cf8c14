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

    /// <summary>
    /// How long a session cookie is trusted before its security stamp is compared with the account's again. Sign-out,
    /// a password change, a lockout or a role change renew the stamp, so a cookie issued before them stops working within
    /// this time, on every instance. Zero (the default) checks on every signed-in request: one read by key.
    /// </summary>
    public TimeSpan SessionCheckInterval { get; set; } = TimeSpan.Zero;
}
