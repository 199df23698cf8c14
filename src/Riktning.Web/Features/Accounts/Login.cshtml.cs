using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Riktning.Accounts;

namespace Riktning.Web.Features.Accounts;

/// <summary>Sign-in with a local password (locked out after five failures) or, when configured, OpenID Connect.</summary>
[AllowAnonymous]
[EnableRateLimiting(AccountRegistration.LoginRateLimit)]
public sealed class LoginModel(SignInManager<RiktningUser> signIn, IOptions<OpenIdConnectSettings> oidc, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool ExternalAvailable => oidc.Value.IsConfigured;

    /// <summary>A problem with the whole attempt (wrong password, locked out), not with one field.</summary>
    public string? Problem { get; private set; }

    private static string? _unknownAccountHash;

    public void OnGet()
    {
    }

    /// <summary>A hash made with the configured hasher (its iterations) of a password nobody knows, made once.</summary>
    private static string UnknownAccountHash(IPasswordHasher<RiktningUser> hasher) =>
        _unknownAccountHash ??= hasher.HashPassword(new RiktningUser(), Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Input.Email))
        {
            ModelState.AddModelError("Input.Email", t["Account.EmailRequired"]);
        }

        if (string.IsNullOrEmpty(Input.Password))
        {
            ModelState.AddModelError("Input.Password", t["Account.PasswordRequired"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var users = signIn.UserManager;
        var user = await users.FindByNameAsync(Input.Email!.Trim());
        if (user is not null && await users.HasPasswordAsync(user) && !await users.IsLockedOutAsync(user))
        {
            var result = await signIn.PasswordSignInAsync(user, Input.Password!, isPersistent: false, lockoutOnFailure: true);
            if (result.Succeeded)
            {
                return LocalRedirect(SafeReturnUrl());
            }
        }
        else
        {
            // An unknown address, an account without a password or a locked one would otherwise answer at once, and
            // the time would tell which addresses have accounts: verify against a hash of the same cost instead.
            users.PasswordHasher.VerifyHashedPassword(user ?? new RiktningUser(), UnknownAccountHash(users.PasswordHasher), Input.Password!);
        }

        // One message for every failure (ASVS 2.2): which addresses have accounts, or are locked, is not told.
        Problem = t["Account.SignInFailed"];
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public IActionResult OnPostExternal()
    {
        if (!ExternalAvailable)
        {
            return NotFound();
        }

        var callback = Url.Page("/Accounts/Login", "Callback", new { ReturnUrl = SafeReturnUrl() });
        return Challenge(signIn.ConfigureExternalAuthenticationProperties(OpenIdConnectSettings.Scheme, callback), OpenIdConnectSettings.Scheme);
    }

    /// <summary>
    /// Back from the identity provider: the external identity is matched to an existing local account by e-mail.
    /// Nobody gets an account or a role from the provider alone.
    /// </summary>
    public async Task<IActionResult> OnGetCallbackAsync()
    {
        var info = await signIn.GetExternalLoginInfoAsync();
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        var email = info?.Principal.FindFirstValue(ClaimTypes.Email) ?? info?.Principal.FindFirstValue("email");
        var user = email is null ? null : await signIn.UserManager.FindByEmailAsync(email);
        if (user is null)
        {
            Problem = t["Account.ExternalNoAccount"];
            return Page();
        }

        if (await signIn.UserManager.IsLockedOutAsync(user))
        {
            Problem = t["Account.LockedOut"];
            return Page();
        }

        await signIn.SignInAsync(user, isPersistent: false, OpenIdConnectSettings.Scheme);
        return LocalRedirect(SafeReturnUrl());
    }

    private string SafeReturnUrl() => ReturnUrl is { Length: > 0 } url && Url.IsLocalUrl(url) ? url : "/";
}
