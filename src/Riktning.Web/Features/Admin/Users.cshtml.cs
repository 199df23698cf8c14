using Riktning.Accounts;

namespace Riktning.Web.Features.Admin;

/// <summary>Accounts: the list, and a form for a new account with its role and organisation.</summary>
[Authorize(Roles = RoleNames.Administrator)]
public sealed class UsersModel(UserAccounts accounts, OrganisationRegistry organisations, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public UserInput Input { get; set; } = new();

    public IReadOnlyList<AccountSummary> Accounts { get; private set; } = [];

    public IReadOnlyList<KeyValuePair<string, string>> RoleOptions { get; private set; } = [];

    public IReadOnlyList<KeyValuePair<string, string>> OrganisationOptions { get; private set; } = [];

    public string? Created { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await accounts.CreateAsync(Input.Email ?? "", Input.DisplayName, Input.Role ?? "", Input.Organisation, string.IsNullOrEmpty(Input.Password) ? null : Input.Password, cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var (field, message, _) in result.Problems)
            {
                ModelState.AddModelError("Input." + char.ToUpperInvariant(field[0]) + field[1..], t[message]);
            }
        }
        else
        {
            Created = result.User!.Email;
            Input = new UserInput();
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Accounts = await accounts.ListAsync(cancellationToken);
        RoleOptions = [new("", t["Admin.ChooseRole"]), .. RoleNames.All.Select(r => new KeyValuePair<string, string>(r, t["Admin.Role." + r]))];
        OrganisationOptions = [new("", t["Admin.NoOrganisation"]), .. (await organisations.ListAsync(cancellationToken)).Select(o => new KeyValuePair<string, string>(o.Key, o.Name))];
    }
}
