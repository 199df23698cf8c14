using Microsoft.AspNetCore.Identity;

namespace Riktning.Accounts;

/// <summary>Creates and lists accounts; shared by the command line, the administration pages and the tests.</summary>
public sealed class UserAccounts(UserManager<RiktningUser> users, RoleManager<IdentityRole> roles, RiktningDb db)
{
    /// <summary>
    /// Creates an account with one role. An editor must belong to an organisation (it is what they may change).
    /// Without a password the account can only sign in through OpenID Connect.
    /// </summary>
    public async Task<AccountResult> CreateAsync(string email, string? displayName, string role, string? organisationKey, string? password, CancellationToken cancellationToken = default)
    {
        var errors = new List<FieldProblem>();
        email = email.Trim();
        if (email.Length == 0 || !email.Contains('@', StringComparison.Ordinal))
        {
            errors.Add(new("email", "Account.EmailInvalid"));
        }
        else if (await users.FindByEmailAsync(email) is not null)
        {
            errors.Add(new("email", "Account.EmailTaken"));
        }

        if (!RoleNames.All.Contains(role, StringComparer.Ordinal))
        {
            errors.Add(new("role", "Account.RoleInvalid"));
        }

        int? organisationId = null;
        if (!string.IsNullOrWhiteSpace(organisationKey))
        {
            organisationId = await db.Organisations.Where(o => o.Key == organisationKey).Select(o => (int?)o.Id).FirstOrDefaultAsync(cancellationToken);
            if (organisationId is null)
            {
                errors.Add(new("organisation", "Account.OrganisationUnknown"));
            }
        }
        else if (role == RoleNames.Editor)
        {
            errors.Add(new("organisation", "Account.OrganisationRequired"));
        }

        if (errors.Count > 0)
        {
            return new AccountResult(null, errors);
        }

        var user = new RiktningUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? email : displayName.Trim(),
            OrganisationId = organisationId,
        };
        var created = password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            // Identity's own messages (password rules) are shown as they are: they name the rule broken.
            return new AccountResult(null, created.Errors.Select(e => new FieldProblem(e.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : "email", e.Description)).ToList());
        }

        await EnsureRoleAsync(role);
        await users.AddToRoleAsync(user, role);
        return new AccountResult(user, []);
    }

    public async Task<IReadOnlyList<AccountSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var rows = await (
            from u in db.Users.AsNoTracking()
            join o in db.Organisations on u.OrganisationId equals o.Id into orgs
            from o in orgs.DefaultIfEmpty()
            orderby u.Email
            select new { u.Id, u.Email, u.DisplayName, OrganisationKey = o == null ? null : o.Key, u.LockoutEnd }).ToListAsync(cancellationToken);
        var roleRows = await (
            from ur in db.UserRoles.AsNoTracking()
            join r in db.Roles on ur.RoleId equals r.Id
            select new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        var rolesByUser = roleRows.ToLookup(r => r.UserId, r => r.Name ?? "", StringComparer.Ordinal);
        return rows.Select(r => new AccountSummary(
            r.Id,
            r.Email ?? "",
            r.DisplayName,
            rolesByUser[r.Id].Order(StringComparer.Ordinal).ToList(),
            r.OrganisationKey,
            r.LockoutEnd is { } end && end > DateTimeOffset.UtcNow ? end : null)).ToList();
    }

    /// <summary>Roles are created when first used, from <see cref="RoleNames"/>: the names live in code, not in data.</summary>
    private async Task EnsureRoleAsync(string role)
    {
        if (!await roles.RoleExistsAsync(role))
        {
            await roles.CreateAsync(new IdentityRole(role));
        }
    }
}
