using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Riktning.Accounts;
using Riktning.Data;
using Riktning.SituationAnalysis;
using Riktning.Web.Tests.Accounts;
using Riktning.Web.Tests.Planning;

namespace Riktning.Web.Tests.SituationAnalysis;

/// <summary>
/// Every write to a situation analysis × every kind of user, over HTTP: only analysts and administrators create,
/// comment and move; anonymous users are sent to the login page, editors get 403, and nothing changes. A published
/// analysis refuses changes from everyone. Drafts are readable only by those who write them.
/// </summary>
public sealed class AnalysisAuthorizationTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private static readonly string[] Endpoints = ["create", "comment", "move"];

    public static TheoryData<DatabaseProvider, string, Actor> Matrix()
    {
        var data = new TheoryData<DatabaseProvider, string, Actor>();
        foreach (var provider in Enum.GetValues<DatabaseProvider>())
        {
            foreach (var endpoint in Endpoints)
            {
                foreach (var actor in new[] { Actor.Anonymous, Actor.EditorOwnOrganisation, Actor.Analyst, Actor.Administrator })
                {
                    data.Add(provider, endpoint, actor);
                }
            }
        }

        return data;
    }

    public static TheoryData<DatabaseProvider, string> WritersByProvider()
    {
        var data = new TheoryData<DatabaseProvider, string>();
        foreach (var provider in Enum.GetValues<DatabaseProvider>())
        {
            data.Add(provider, RoleNames.Analyst);
            data.Add(provider, RoleNames.Administrator);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Write_ByActor_AllowedOnlyToAnalystsAndAdministrators(DatabaseProvider provider, string endpoint, Actor actor)
    {
        var factory = site.Factory(provider);
        var client = await ClientAsync(factory, actor);
        var tokenPage = actor == Actor.Anonymous ? "/account/login" : "/";
        var id = await AnalysisSite.CreateAsync(factory.Services, AnalysisStatus.Draft);
        var year = AnalysisSite.FreshYear();

        var response = endpoint switch
        {
            "create" => await TestAccounts.PostFormAsync(client, tokenPage, [new("Input.Year", year.ToString(CultureInfo.InvariantCulture))], "/analysis/new"),
            "comment" => await TestAccounts.PostFormAsync(client, tokenPage, [new($"Comments[{AnalysisSections.Summary}]", "Kommentar")], $"/analysis/{id}/edit?handler=Save"),
            _ => await TestAccounts.PostFormAsync(client, tokenPage, [new("to", "review")], $"/analysis/{id}/edit?handler=Move"),
        };

        var stored = await FindAsync(factory, id);
        var created = (await ListAsync(factory)).Any(a => a.Year == year);
        var changed = endpoint switch
        {
            "create" => created,
            "comment" => stored.Comments.Count > 0,
            _ => stored.Status == AnalysisStatus.Review,
        };
        if (actor is Actor.Analyst or Actor.Administrator)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.True(changed);
        }
        else
        {
            Assert.Equal(actor == Actor.Anonymous ? HttpStatusCode.Redirect : HttpStatusCode.Forbidden, response.StatusCode);
            if (actor == Actor.Anonymous)
            {
                Assert.StartsWith("/account/login", response.Headers.Location?.OriginalString.Replace("http://localhost", "", StringComparison.Ordinal) ?? "", StringComparison.Ordinal);
            }

            Assert.False(changed);
        }
    }

    [Theory]
    [MemberData(nameof(WritersByProvider))]
    public async Task Published_CommentOrMoveByAnyWriter_RefusedAndUnchanged(DatabaseProvider provider, string role)
    {
        var factory = site.Factory(provider);
        var client = (await TestAccounts.SignInAsync(factory, role)).Client;
        var id = await AnalysisSite.CreateAsync(factory.Services, AnalysisStatus.Published);
        var before = await FindAsync(factory, id);

        var comment = await TestAccounts.PostFormAsync(client, "/", [new($"Comments[{AnalysisSections.Summary}]", "Efteråt")], $"/analysis/{id}/edit?handler=Save");
        var move = await TestAccounts.PostFormAsync(client, "/", [new("to", "draft")], $"/analysis/{id}/edit?handler=Move");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, comment.StatusCode);
        Assert.Contains("kan inte längre ändras", await comment.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, move.StatusCode);
        var after = await FindAsync(factory, id);
        Assert.Equal((AnalysisStatus.Published, before.Snapshot, 0), (after.Status, after.Snapshot, after.Comments.Count));
    }

    public static TheoryData<DatabaseProvider, Actor> Readers()
    {
        var data = new TheoryData<DatabaseProvider, Actor>();
        foreach (var provider in Enum.GetValues<DatabaseProvider>())
        {
            foreach (var actor in new[] { Actor.Anonymous, Actor.EditorOwnOrganisation, Actor.Analyst, Actor.Administrator })
            {
                data.Add(provider, actor);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task Read_DraftAndPublished_DraftOnlyForWriters(DatabaseProvider provider, Actor actor)
    {
        var factory = site.Factory(provider);
        var client = await ClientAsync(factory, actor);
        var draft = await AnalysisSite.CreateAsync(factory.Services, AnalysisStatus.Draft);
        var published = await AnalysisSite.CreateAsync(factory.Services, AnalysisStatus.Published);

        var draftPage = await client.GetAsync($"/analysis/{draft}", TestContext.Current.CancellationToken);
        var publishedPage = await client.GetAsync($"/analysis/{published}", TestContext.Current.CancellationToken);
        var draftPdf = await client.GetAsync($"/analysis/{draft}/pdf", TestContext.Current.CancellationToken);
        var list = await client.GetStringAsync("/analysis", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, publishedPage.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, draftPdf.StatusCode);
        var expected = actor switch
        {
            Actor.Anonymous => HttpStatusCode.Redirect,
            Actor.Analyst or Actor.Administrator => HttpStatusCode.OK,
            _ => HttpStatusCode.Forbidden,
        };
        Assert.Equal(expected, draftPage.StatusCode);
        Assert.Equal(expected == HttpStatusCode.OK, list.Contains($"/analysis/{draft}\"", StringComparison.Ordinal));
        Assert.Contains($"/analysis/{published}\"", list, StringComparison.Ordinal);
    }

    private static async Task<HttpClient> ClientAsync(RiktningWebFactory factory, Actor actor) => actor switch
    {
        Actor.Anonymous => factory.CreateClient(new() { AllowAutoRedirect = false }),
        Actor.EditorOwnOrganisation => (await TestAccounts.SignInAsync(factory, RoleNames.Editor, PlanningForms.Owner)).Client,
        Actor.Analyst => (await TestAccounts.SignInAsync(factory, RoleNames.Analyst)).Client,
        _ => (await TestAccounts.SignInAsync(factory, RoleNames.Administrator)).Client,
    };

    private static async Task<AnnualAnalysis> FindAsync(RiktningWebFactory factory, int id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<SituationAnalysisService>().FindAsync(id))!;
    }

    private static async Task<IReadOnlyList<AnnualAnalysis>> ListAsync(RiktningWebFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SituationAnalysisService>().ListAsync(publishedOnly: false);
    }
}
