using System.Net;
using Microsoft.EntityFrameworkCore;
using Riktning.Accounts;
using Riktning.Data;
using Riktning.Reviews;
using Riktning.Web.Tests.Accounts;
using Riktning.Web.Tests.Planning;

namespace Riktning.Web.Tests.Reviews;

/// <summary>
/// Every write of the review period × every kind of user, over HTTP: anonymous users go to the login page; starting a
/// review, proposing, deciding and completing are for analysts and administrators only; a refused request changes
/// nothing, and an allowed one is in the audit trail with its author.
/// </summary>
public sealed class ReviewAuthorizationTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private static readonly string[] Endpoints = ["create-review", "propose", "decide", "complete"];

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
    public async Task ReviewWrite_ByActor_AllowedOnlyForAnalystsAndAdministrators(DatabaseProvider provider, string endpoint, Actor actor)
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
        var database = site.Database(provider);
        var (reviewId, proposalId) = await ReviewSeed.SeedAsync(database);
        if (endpoint == "create-review")
        {
            await ReviewSeed.CloseOpenReviewsAsync(database);
        }

        var marker = "m" + Guid.NewGuid().ToString("N")[..10];
        var review = $"/reviews/{ReviewSeed.Text(reviewId)}";

        var response = endpoint switch
        {
            "create-review" => await Post(client, tokenPage, "/reviews/new", ("Input.Title", marker), ("Input.FromYear", "2021"), ("Input.ToYear", "2024")),
            "propose" => await Post(client, tokenPage, $"{review}/proposals/new",
                ("Input.Kind", "rename"), ("Input.Indicator", ReportSeed.Indicator), ("Input.Name", "Nytt namn"), ("Input.Reason", marker)),
            "decide" => await Post(client, tokenPage, $"{review}?handler=Decide", ("proposalId", ReviewSeed.Text(proposalId)), ("decision", "rejected")),
            _ => await CompleteAsync(client, tokenPage, database, reviewId, proposalId, marker),
        };

        var allowed = actor is Actor.Analyst or Actor.Administrator;
        if (actor == Actor.Anonymous)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/login", response.Headers.Location?.AbsolutePath ?? response.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        }
        else if (allowed)
        {
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{endpoint} by {actor}: {response.StatusCode} {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
        }
        else
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }

        await using var db = database.CreateContext();
        var changed = endpoint switch
        {
            "create-review" => await db.StrategyReviews.AnyAsync(r => r.Title == marker),
            "propose" => await db.ReviewProposals.AnyAsync(p => p.Reason == marker),
            "decide" => await db.ReviewProposals.AnyAsync(p => p.Id == proposalId && p.Decision == ProposalDecision.Rejected),
            _ => await db.StrategyRevisions.AnyAsync(r => r.Label == marker),
        };
        Assert.Equal(allowed, changed);
        if (changed)
        {
            // Every change is in the audit trail, with the signed-in author.
            (string Entity, string? Key) audited = endpoint switch
            {
                "propose" => (nameof(ReviewProposal), null),
                "decide" => (nameof(ReviewProposal), ReviewSeed.Text(proposalId)),
                "complete" => (nameof(StrategyReview), ReviewSeed.Text(reviewId)),
                _ => (nameof(StrategyReview), null),
            };
            var (entity, key) = audited;
            Assert.True(await db.AuditEntries.AnyAsync(a => a.UserId != null && a.EntityType == entity
                && (key == null ? a.After != null && a.After.Contains(marker) : a.EntityKey == key && a.Action == Riktning.Auditing.AuditAction.Modified)));
        }
    }

    /// <summary>The seeded proposal is rejected first (directly), so the review can complete; the new revision is labelled with the marker.</summary>
    private static async Task<HttpResponseMessage> CompleteAsync(HttpClient client, string tokenPage, Riktning.Testing.TestDatabase database, int reviewId, int proposalId, string marker)
    {
        await using (var db = database.CreateContext())
        {
            await db.ReviewProposals.Where(p => p.Id == proposalId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Decision, ProposalDecision.Rejected));
        }

        return await Post(client, tokenPage, $"/reviews/{ReviewSeed.Text(reviewId)}?handler=Complete", ("Input.Label", marker));
    }

    private static Task<HttpResponseMessage> Post(HttpClient client, string tokenPage, string path, params (string Name, string Value)[] fields) =>
        TestAccounts.PostFormAsync(client, tokenPage, fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)), path);
}
