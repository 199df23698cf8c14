using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Riktning.Accounts;

namespace Riktning.Web.Features.Accounts;

/// <summary>Signing out is a POST with an anti-forgery token, so that a link on another site cannot sign anyone out.</summary>
public sealed class LogoutModel(SignInManager<RiktningUser> signIn) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Redirect("/");
    }
}
