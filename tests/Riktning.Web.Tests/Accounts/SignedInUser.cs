namespace Riktning.Web.Tests.Accounts;

/// <summary>A user made for a test and an HttpClient that carries their session cookie (redirects not followed).</summary>
public sealed record SignedInUser(HttpClient Client, string UserId, string Email, int? OrganisationId);
