using Microsoft.Playwright;
using Riktning.Accounts;
using Riktning.Web.Tests.Accounts;

namespace Riktning.Web.Tests.Browser;

/// <summary>
/// The browser fixture with an administrator signed in once through the real login form; each test opens a browser
/// context with <see cref="StorageState"/> (the check page's context among them), so the many pages checked do not run
/// into the login rate limit.
/// </summary>
public sealed class SignedInBrowserFixture : BrowserFixture
{
    /// <summary>The signed-in session's cookies, as Playwright's storage state JSON.</summary>
    public string StorageState { get; private set; } = "";

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var (_, email, _) = await TestAccounts.CreateAsync(Factory, RoleNames.Administrator);
        await using var context = await Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(BaseAddress, "/account/login").ToString());
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", TestAccounts.Password);
        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForSelectorAsync(".account-nav form");
        StorageState = await context.StorageStateAsync();
    }

    /// <summary>The check page is signed in too.</summary>
    protected override BrowserNewContextOptions CheckContextOptions()
    {
        var options = base.CheckContextOptions();
        options.StorageState = StorageState;
        return options;
    }
}
