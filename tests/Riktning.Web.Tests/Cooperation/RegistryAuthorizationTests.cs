using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Riktning.Accounts;
using Riktning.CrossBorder;
using Riktning.Data;
using Riktning.Web.Tests.Accounts;

namespace Riktning.Web.Tests.Cooperation;

/// <summary>
/// Every write endpoint of the cross-border registry, posted directly over HTTP (not through hidden buttons) by each
/// kind of user. Items belong to Arvika kommun; the "other" editor acts for Eda kommun. A refusal must leave the
/// table exactly as it was.
/// </summary>
public sealed class RegistryAuthorizationTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    public const string Owner = "arvika-kommun";

    public const string Other = "eda-kommun";

    private static readonly ConcurrentDictionary<(RiktningWebFactory, string), Task<SignedInUser>> Users = new();

    public static readonly string[] Endpoints =
    [
        "projects/new", "projects/edit", "projects/delete", "projects/import",
        "agreements/new", "agreements/edit", "agreements/delete",
        "activities/new", "activities/edit", "activities/delete",
        "knowledge/new", "knowledge/edit", "knowledge/delete",
    ];

    public static readonly string[] Users5 = ["anonymous", "editor-own", "editor-other", "analyst", "administrator"];

    public static TheoryData<DatabaseProvider, string, string> Matrix()
    {
        var data = new TheoryData<DatabaseProvider, string, string>();
        foreach (var provider in Enum.GetValues<DatabaseProvider>())
        {
            foreach (var endpoint in Endpoints)
            {
                foreach (var user in Users5)
                {
                    data.Add(provider, endpoint, user);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Post_WriteEndpoint_AllowedOnlyForOwnOrganisationAnalystAndAdministrator(DatabaseProvider provider, string endpoint, string user)
    {
        var factory = site.Factory(provider);
        var kind = endpoint.Split('/')[0];
        var operation = endpoint.Split('/')[1];
        var id = operation is "edit" or "delete" ? await SeedAsync(factory, kind, Owner) : 0;
        var client = await ClientAsync(factory, user);
        var before = await SnapshotAsync(factory, kind);

        var response = await PostAsync(factory, client, user, kind, operation, id);
        var after = await SnapshotAsync(factory, kind);

        switch (user)
        {
            case "anonymous":
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.StartsWith("/account/login", response.Headers.Location?.OriginalString.Replace("http://localhost", "", StringComparison.Ordinal), StringComparison.Ordinal);
                Assert.Equal(before, after);
                break;
            case "editor-other" when operation == "import":
                // The upload page itself is open to every editor; each row is refused, naming line and column.
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Contains("Rad 2, kolumn owner: ”arvika-kommun” är inte din organisation", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
                Assert.Equal(before, after);
                break;
            case "editor-other":
                Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
                Assert.Equal(before, after);
                break;
            default:
                Assert.True(
                    response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK,
                    $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
                if (operation == "import")
                {
                    Assert.Contains("Importen är klar: 1 nya", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
                }

                Assert.NotEqual(before, after);
                break;
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "agreements")]
    [InlineData(DatabaseProvider.Sqlite, "knowledge")]
    [InlineData(DatabaseProvider.Postgres, "agreements")]
    [InlineData(DatabaseProvider.Postgres, "knowledge")]
    public async Task Post_SharedEntryWithoutOwner_OnlyAnalystsAndAdministrators(DatabaseProvider provider, string kind)
    {
        var factory = site.Factory(provider);
        var shared = await SeedAsync(factory, kind, owner: null);
        var editor = await ClientAsync(factory, "editor-own");
        var analyst = await ClientAsync(factory, "analyst");
        var before = await SnapshotAsync(factory, kind);

        var editorCreate = await PostAsync(factory, editor, "editor-own", kind, "new", 0, ownerKey: "");
        var editorEdit = await PostAsync(factory, editor, "editor-own", kind, "edit", shared, ownerKey: "");
        var editorDelete = await PostAsync(factory, editor, "editor-own", kind, "delete", shared);
        var unchanged = await SnapshotAsync(factory, kind);
        var analystCreate = await PostAsync(factory, analyst, "analyst", kind, "new", 0, ownerKey: "");

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], new[] { editorCreate.StatusCode, editorEdit.StatusCode, editorDelete.StatusCode });
        Assert.Equal(before, unchanged);
        Assert.Equal(HttpStatusCode.Redirect, analystCreate.StatusCode);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Post_EditorMovesOwnProjectToOtherOrganisation_Forbidden(DatabaseProvider provider)
    {
        var factory = site.Factory(provider);
        var id = await SeedAsync(factory, "projects", Owner);
        var editor = await ClientAsync(factory, "editor-own");
        var before = await SnapshotAsync(factory, "projects");

        var response = await PostAsync(factory, editor, "editor-own", "projects", "edit", id, ownerKey: Other);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await SnapshotAsync(factory, "projects"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "projects/new")]
    [InlineData(DatabaseProvider.Sqlite, "projects/delete")]
    [InlineData(DatabaseProvider.Sqlite, "knowledge/new")]
    [InlineData(DatabaseProvider.Postgres, "projects/new")]
    [InlineData(DatabaseProvider.Postgres, "projects/delete")]
    [InlineData(DatabaseProvider.Postgres, "knowledge/new")]
    public async Task Post_WithoutAntiforgeryToken_RejectedAndNothingChanged(DatabaseProvider provider, string endpoint)
    {
        var factory = site.Factory(provider);
        var (kind, operation) = (endpoint.Split('/')[0], endpoint.Split('/')[1]);
        var id = operation == "delete" ? await SeedAsync(factory, kind, Owner) : 0;
        var administrator = await ClientAsync(factory, "administrator");
        var before = await SnapshotAsync(factory, kind);

        using var content = new FormUrlEncodedContent(await FieldsAsync(factory, kind, Owner));
        var response = await administrator.PostAsync(Path(kind, operation, id), content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await SnapshotAsync(factory, kind));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Post_InvalidProject_ShowsLocalisedFieldErrorsAndStoresNothing(DatabaseProvider provider)
    {
        var factory = site.Factory(provider);
        var editor = await ClientAsync(factory, "editor-own");
        var before = await SnapshotAsync(factory, "projects");
        var fields = (await FieldsAsync(factory, "projects", Owner)).Where(f => f.Key is not ("regions" or "start")).Append(new("regions", "SE-17")).ToList();

        var response = await TestAccounts.PostFormAsync(editor, "/?culture=en", fields, "/cooperation/projects/new?culture=en");
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<a href=\"#f-regions\">Regions: Give at least one Norwegian region</a>", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"f-regions-hint f-regions-error\"", html, StringComparison.Ordinal);
        // The shared _Field partial shows the message beside the field too, tied to the input.
        Assert.Matches("<p id=\"f-start-error\" class=\"field-error\">[^<]+</p>", html);
        Assert.Contains("aria-describedby=\"f-start-error\"", html, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(factory, "projects"));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Post_EditProject_WritesAuditEntryWithBeforeAndAfter(DatabaseProvider provider)
    {
        var factory = site.Factory(provider);
        var id = await SeedAsync(factory, "projects", Owner);
        var editor = await ClientAsync(factory, "editor-own");

        var response = await PostAsync(factory, editor, "editor-own", "projects", "edit", id);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RiktningDb>();
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var entry = await db.AuditEntries.AsNoTracking().Where(e => e.EntityType == nameof(CrossBorderProject) && e.EntityKey == key).OrderBy(e => e.Id).LastAsync();
        Assert.Contains("Seeded ", entry.Before, StringComparison.Ordinal);
        Assert.Contains("Projekt ", entry.After, StringComparison.Ordinal);
        Assert.NotNull(entry.UserId);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Get_Forms_RenderWithTokenForOwnerAndRefuseOtherEditor(DatabaseProvider provider)
    {
        var factory = site.Factory(provider);
        var own = await ClientAsync(factory, "editor-own");
        var other = await ClientAsync(factory, "editor-other");
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var kind in new[] { "projects", "agreements", "activities", "knowledge" })
        {
            ids[kind] = await SeedAsync(factory, kind, Owner);
        }

        foreach (var (kind, id) in ids)
        {
            foreach (var path in new[] { $"/cooperation/{kind}/new", $"/cooperation/{kind}/{id}/edit", $"/cooperation/{kind}/{id}/delete" })
            {
                var response = await own.GetAsync(path, TestContext.Current.CancellationToken);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Contains("__RequestVerificationToken", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
            }

            var refused = await other.GetAsync($"/cooperation/{kind}/{id}/edit", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            // The error page says it is a refusal, not "try again later".
            Assert.Contains("Du har inte behörighet att göra det här.", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, (await own.GetAsync("/cooperation/projects/import", TestContext.Current.CancellationToken)).StatusCode);
    }

    private static string Path(string kind, string operation, int id) => operation switch
    {
        "new" => $"/cooperation/{kind}/new",
        "import" => "/cooperation/projects/import",
        _ => $"/cooperation/{kind}/{id}/{operation}",
    };

    private static async Task<HttpResponseMessage> PostAsync(RiktningWebFactory factory, HttpClient client, string user, string kind, string operation, int id, string ownerKey = Owner)
    {
        // The token comes from a page every user can open: the login form for anonymous, the start page (logout form) otherwise.
        var formPath = user == "anonymous" ? "/account/login" : "/";
        if (operation == "import")
        {
            var token = await TestAccounts.AntiforgeryTokenAsync(client, formPath);
            var key = "import-" + Guid.NewGuid().ToString("N")[..12];
            var csv = $"key,name,programme,owner,regions,start,status\n{key},Importerat,other,{ownerKey},SE-1784;NO-34,2024-01-01,planned\n";
            using var content = new MultipartFormDataContent
            {
                { new StringContent(token), "__RequestVerificationToken" },
                { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "file", "projects.csv" },
            };
            return await client.PostAsync(Path(kind, operation, id), content, TestContext.Current.CancellationToken);
        }

        var fields = operation == "delete" ? [] : await FieldsAsync(factory, kind, ownerKey);
        return await TestAccounts.PostFormAsync(client, formPath, fields, Path(kind, operation, id));
    }

    private static Task<List<KeyValuePair<string, string>>> FieldsAsync(RiktningWebFactory factory, string kind, string ownerKey)
    {
        _ = factory;
        var unique = Guid.NewGuid().ToString("N")[..12];
        List<KeyValuePair<string, string>> fields = kind switch
        {
            "projects" =>
            [
                new("key", "project-" + unique), new("name", "Projekt " + unique), new("programme", "interreg-sweden-norway"), new("owner", ownerKey),
                new("regions", "SE-17"), new("regions", "NO-34"), new("start", "2024-01-01"), new("status", "ongoing"),
            ],
            "agreements" => [new("title", "Avtal " + unique), new("parties", Owner), new("parties", "innlandet-fylkeskommune"), new("signed-on", "2024-03-01"), new("owner", ownerKey)],
            "activities" => [new("kind", "meeting"), new("title", "Möte " + unique), new("date", "2024-04-01"), new("organiser", ownerKey)],
            _ => [new("title", "Rapport " + unique), new("kind", "report"), new("url", "https://example.org/" + unique), new("owner", ownerKey)],
        };
        return Task.FromResult(fields);
    }

    private static async Task<HttpClient> ClientAsync(RiktningWebFactory factory, string user)
    {
        if (user == "anonymous")
        {
            return factory.CreateClient(new() { AllowAutoRedirect = false });
        }

        var signedIn = await Users.GetOrAdd((factory, user), key => key.Item2 switch
        {
            "editor-own" => TestAccounts.SignInAsync(factory, RoleNames.Editor, Owner),
            "editor-other" => TestAccounts.SignInAsync(factory, RoleNames.Editor, Other),
            "analyst" => TestAccounts.SignInAsync(factory, RoleNames.Analyst),
            _ => TestAccounts.SignInAsync(factory, RoleNames.Administrator),
        });
        return signedIn.Client;
    }

    /// <summary>Stores one item of <paramref name="kind"/> directly, owned by <paramref name="owner"/> (null: a shared entry).</summary>
    internal static async Task<int> SeedAsync(RiktningWebFactory factory, string kind, string? owner)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RiktningDb>();
        var ownerId = owner is null ? (int?)null : await db.Organisations.Where(o => o.Key == owner).Select(o => o.Id).SingleAsync();
        var unique = Guid.NewGuid().ToString("N")[..12];
        object item = kind switch
        {
            "projects" => new CrossBorderProject
            {
                Key = "seeded-" + unique,
                Name = "Seeded " + unique,
                OrganisationId = ownerId!.Value,
                Regions = ["SE-1784", "NO-34"],
                Start = new DateOnly(2023, 1, 1),
                Status = ProjectStatus.Ongoing,
                SearchText = "seeded " + unique,
            },
            "agreements" => new CooperationAgreement { Title = "Seeded " + unique, PartyKeys = [Owner], SignedOn = new DateOnly(2023, 1, 1), OrganisationId = ownerId },
            "activities" => new CrossBorderActivity { Title = "Seeded " + unique, Kind = ActivityKind.Meeting, Date = new DateOnly(2023, 1, 1), OrganisationId = ownerId!.Value },
            _ => new KnowledgeItem { Title = "Seeded " + unique, Kind = KnowledgeKind.Report, Url = "https://example.org/" + unique, OrganisationId = ownerId },
        };
        db.Add(item);
        await db.SaveChangesAsync();
        return (int)db.Entry(item).Property("Id").CurrentValue!;
    }

    /// <summary>Every row of the kind's table as JSON, ordered by id: equal snapshots mean nothing changed.</summary>
    private static async Task<string> SnapshotAsync(RiktningWebFactory factory, string kind)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RiktningDb>();
        object rows = kind switch
        {
            "projects" => await db.CrossBorderProjects.AsNoTracking().OrderBy(p => p.Id).ToListAsync(),
            "agreements" => await db.CooperationAgreements.AsNoTracking().OrderBy(p => p.Id).ToListAsync(),
            "activities" => await db.CrossBorderActivities.AsNoTracking().OrderBy(p => p.Id).ToListAsync(),
            _ => await db.KnowledgeItems.AsNoTracking().OrderBy(p => p.Id).ToListAsync(),
        };
        return JsonSerializer.Serialize(rows);
    }
}
