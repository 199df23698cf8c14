namespace Riktning.Accounts;

/// <summary>One account as listed by <c>riktning users list</c> and the administration pages.</summary>
public sealed record AccountSummary(string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, string? OrganisationKey, DateTimeOffset? LockedOutUntil);
