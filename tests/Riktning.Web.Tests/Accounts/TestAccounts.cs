using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Riktning.Accounts;
using Riktning.Data;

namespace Riktning.Web.Tests.Accounts;

/// <summary>
/// Accounts for authorization tests: <see cref="SignInAsync"/> creates a user with a role (and organisation) and signs
/// them in through the real login form, so the cookie, claims factory and anti-forgery all take part.
/// </summary>
public static partial class TestAccounts
{
    public const string Password = "Test-Password-1";

    /// <summary>Creates an account; <paramref name="organisationKey"/> is a key from organisations/ (e.g. <c>karlstad</c>).</summary>
    public static async Task<(string UserId, string Email, int? OrganisationId)> CreateAsync(WebApplicationFactory<Program> factory, string role, string? organisationKey = null)
    {
        var email = $"{role}-{Guid.NewGuid():N}@example.org";
        await using var scope = factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync(email, null, role, organisationKey, Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Problems.Select(e => $"{e.Field}: {e.Message}")));
        return (result.User!.Id, email, result.User.OrganisationId);
    }

    public static async Task<SignedInUser> SignInAsync(WebApplicationFactory<Program> factory, string role, string? organisationKey = null)
    {
        var (id, email, organisation) = await CreateAsync(factory, role, organisationKey);
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var response = await PostFormAsync(client, "/account/login", [new("Input.Email", email), new("Input.Password", Password)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return new SignedInUser(client, id, email, organisation);
    }

    /// <summary>The id of an organisation from the bundled list.</summary>
    public static async Task<int> OrganisationIdAsync(WebApplicationFactory<Program> factory, string key)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RiktningDb>().Organisations.Where(o => o.Key == key).Select(o => o.Id).SingleAsync();
    }

    /// <summary>The anti-forgery token of the first form on a page (the matching cookie stays in the client).</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path, TestContext.Current.CancellationToken);
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, $"no anti-forgery token on {path}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>Reads the token from <paramref name="formPath"/> and posts the fields to <paramref name="postPath"/> (default: the same page).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string formPath, IEnumerable<KeyValuePair<string, string>> fields, string? postPath = null)
    {
        var token = await AntiforgeryTokenAsync(client, formPath);
        using var content = new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]);
        return await client.PostAsync(postPath ?? formPath, content, TestContext.Current.CancellationToken);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
