namespace Riktning.Web.Features.Accounts;

/// <summary>What the login form posts.</summary>
public sealed class LoginInput
{
    public string? Email { get; set; }

    public string? Password { get; set; }
}
