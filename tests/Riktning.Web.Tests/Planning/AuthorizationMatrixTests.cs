using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Riktning.Accounts;
using Riktning.Data;
using Riktning.Web.Tests.Accounts;

namespace Riktning.Web.Tests.Planning;

/// <summary>
/// Every write endpoint × every kind of user, over HTTP: anonymous users are sent to the login page, an editor of
/// another organisation (and non-administrators on the admin pages) get 403 and nothing changes in the database,
/// the others succeed.
/// </summary>
public sealed class AuthorizationMatrixTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private static readonly string[] Endpoints =
    [
        "create-plan", "edit-plan", "delete-plan", "create-intervention", "edit-intervention", "delete-intervention", "import-interventions",
        "admin-create-user", "admin-create-organisation",
    ];

    public static TheoryData<DatabaseProvider, string, Actor> Matrix()
    {
        var data = new TheoryData<DatabaseProvider, string, Actor>();
        foreach (var provider in Enum.GetValues<DatabaseProvider>())
        {
            foreach (var endpoint in Endpoints)
            {
                foreach (var actor in Enum.GetValues<Actor>())
                {
                    data.Add(provider, endpoint, actor);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Write_ByActor_AllowedOnlyWithTheRight(DatabaseProvider provider, string endpoint, Actor actor)
    {
        var factory = site.Factory(provider);
        var client = actor switch
        {
            Actor.Anonymous => factory.CreateClient(new() { AllowAutoRedirect = false }),
            Actor.EditorOwnOrganisation => (await TestAccounts.SignInAsync(factory, RoleNames.Editor, PlanningForms.Owner)).Client,
            Actor.EditorOtherOrganisation => (await TestAccounts.SignInAsync(factory, RoleNames.Editor, PlanningForms.Other)).Client,
            Actor.Analyst => (await TestAccounts.SignInAsync(factory, RoleNames.Analyst)).Client,
            _ => (await TestAccounts.SignInAsync(factory, RoleNames.Administrator)).Client,
        };
        var tokenPage = actor == Actor.Anonymous ? "/account/login" : "/";
        var (planId, interventionId, interventionKey) = await PlanningForms.SeedAsync(site.Database(provider));
        var marker = "m" + Guid.NewGuid().ToString("N")[..10];

        var response = endpoint switch
        {
            "create-plan" => await TestAccounts.PostFormAsync(client, tokenPage, PlanningForms.Plan(marker), "/plans/edit"),
            "edit-plan" => await TestAccounts.PostFormAsync(client, tokenPage, PlanningForms.Plan(marker), $"/plans/edit/{planId}"),
            "delete-plan" => await TestAccounts.PostFormAsync(client, tokenPage, [], $"/plans/delete/{planId}"),
            "create-intervention" => await TestAccounts.PostFormAsync(client, tokenPage, PlanningForms.Intervention(marker, marker), "/interventions/edit"),
            "edit-intervention" => await TestAccounts.PostFormAsync(client, tokenPage, PlanningForms.Intervention(interventionKey, marker), $"/interventions/edit/{interventionId}"),
            "delete-intervention" => await TestAccounts.PostFormAsync(client, tokenPage, [], $"/interventions/delete/{interventionId}"),
            "import-interventions" => await ImportAsync(client, tokenPage, marker),
            "admin-create-user" => await TestAccounts.PostFormAsync(client, tokenPage,
                [new("Input.Email", marker + "@example.org"), new("Input.Role", RoleNames.Analyst), new("Input.Password", TestAccounts.Password)], "/admin/users"),
            _ => await TestAccounts.PostFormAsync(client, tokenPage,
                [new("Input.Key", marker), new("Input.Name", marker), new("Input.Country", "SE"), new("Input.Kind", "other")], "/admin/organisations"),
        };

        var allowed = endpoint.StartsWith("admin", StringComparison.Ordinal)
            ? actor == Actor.Administrator
            : actor is Actor.EditorOwnOrganisation or Actor.Analyst or Actor.Administrator;
        if (actor == Actor.Anonymous)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/login", response.Headers.Location?.AbsolutePath ?? response.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        }
        else if (allowed)
        {
            Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"{endpoint} by {actor}: {response.StatusCode}");
        }
        else
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        Assert.Equal(allowed && actor != Actor.Anonymous, await ChangedAsync(provider, endpoint, marker, planId, interventionId));
    }

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient client, string tokenPage, string marker)
    {
        var token = await TestAccounts.AntiforgeryTokenAsync(client, tokenPage);
        var csv = $"key,name,organisation,start-date,end-date,status,budget,goals\n{marker},{marker},{PlanningForms.Owner},2026-01-01,2026-12-31,planned,1000,{PlanningForms.Goal}\n";
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "interventions.csv" },
        };
        return await client.PostAsync("/interventions/import", content, TestContext.Current.CancellationToken);
    }

    private async Task<bool> ChangedAsync(DatabaseProvider provider, string endpoint, string marker, int planId, int interventionId)
    {
        await using var db = site.Database(provider).CreateContext();
        return endpoint switch
        {
            "create-plan" => await db.Plans.AnyAsync(p => p.Name == marker),
            "edit-plan" => await db.Plans.AnyAsync(p => p.Id == planId && p.Name == marker),
            "delete-plan" => !await db.Plans.AnyAsync(p => p.Id == planId),
            "create-intervention" or "import-interventions" => await db.Interventions.AnyAsync(i => i.Key == marker),
            "edit-intervention" => await db.Interventions.AnyAsync(i => i.Id == interventionId && i.Name == marker),
            "delete-intervention" => !await db.Interventions.AnyAsync(i => i.Id == interventionId),
            "admin-create-user" => await db.Users.AnyAsync(u => u.Email == marker + "@example.org"),
            _ => await db.Organisations.AnyAsync(o => o.Key == marker),
        };
    }
}
