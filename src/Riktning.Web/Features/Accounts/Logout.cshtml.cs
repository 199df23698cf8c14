using Microsoft.AspNetCore.Identity;
using Riktning.Accounts;

namespace Riktning.Web.Features.Accounts;

/// <summary>
/// Signing out is a POST with an anti-forgery token, so that a link on another site cannot sign anyone out. It ends the
/// session on the server too: a new security stamp makes every cookie issued before it invalid at its next check
/// (<see cref="AccountSettings.SessionCheckInterval"/>), so a copied cookie does not outlive the sign-out.
/// </summary>
public sealed class LogoutModel(SignInManager<RiktningUser> signIn) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.UserManager.GetUserAsync(User) is { } user)
        {
            await signIn.UserManager.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
        return Redirect("/");
    }
}
