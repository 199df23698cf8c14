using System.Net;
using Microsoft.EntityFrameworkCore;
using Riktning.Accounts;
using Riktning.Cycles;
using Riktning.Data;
using Riktning.Web.Tests.Accounts;
using Riktning.Web.Tests.Planning;

namespace Riktning.Web.Tests.Cycles;

/// <summary>
/// Every write of the annual cycle × every kind of user, over HTTP, as <see cref="AuthorizationMatrixTests"/> does for
/// plans: anonymous users go to the login page; cycles, meetings, documents, calls and outcomes are written by
/// analysts and administrators only; an answer to the call and a plan's targets by the organisation's own editors
/// too, never by another organisation's. A refused request changes nothing.
/// </summary>
public sealed class CycleAuthorizationTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private static readonly string[] AnalystOnly = ["create-cycle", "create-meeting", "edit-call", "create-outcome", "delete-outcome", "add-document", "delete-document"];
    private static readonly string[] OwnOrganisation = ["answer-call", "add-target", "delete-target"];

    public static TheoryData<DatabaseProvider, string, Actor> Matrix()
    {
        var data = new TheoryData<DatabaseProvider, string, Actor>();
        foreach (var provider in Enum.GetValues<DatabaseProvider>())
        {
            foreach (var endpoint in AnalystOnly.Concat(OwnOrganisation))
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
    public async Task CycleWrite_ByActor_AllowedOnlyWithTheRight(DatabaseProvider provider, string endpoint, Actor actor)
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
        var (year, meetingId, outcomeId, documentId) = await CycleSeed.SeedAsync(database);
        var (planId, _, _) = await PlanningForms.SeedAsync(database);
        var targetId = await SeedTargetAsync(database, planId);
        var marker = "m" + Guid.NewGuid().ToString("N")[..10];
        var y = CycleSeed.Text(year);
        var meeting = $"/cycles/{y}/meetings/{CycleSeed.Text(meetingId)}";
        var newYear = CycleSeed.FreshYear(provider);

        var response = endpoint switch
        {
            "create-cycle" => await Post(client, tokenPage, "/cycles/edit", ("Input.Year", CycleSeed.Text(newYear)), ("Input.Notes", marker)),
            "create-meeting" => await Post(client, tokenPage, $"/cycles/{y}/meetings/edit",
                ("Input.Kind", "working-meeting"), ("Input.Date", $"{y}-03-10"), ("Input.Place", marker), ("Input.Invited", PlanningForms.Owner)),
            "edit-call" => await Post(client, tokenPage, $"/cycles/{y}/call/edit",
                ("Input.Deadline", $"{y}-02-15"), ("Input.Message", marker), ("Input.Addressees", PlanningForms.Owner)),
            "create-outcome" => await Post(client, tokenPage, $"{meeting}/outcomes/edit",
                ("Input.Kind", "shared-learning"), ("Input.Text", marker), ("Input.Owner", PlanningForms.Owner), ("Input.FollowUpDate", $"{y}-12-01"), ("Input.Goals", PlanningForms.Goal)),
            "delete-outcome" => await Post(client, tokenPage, $"{meeting}/outcomes/edit/{CycleSeed.Text(outcomeId)}?handler=Delete"),
            "add-document" => await Post(client, tokenPage, $"{meeting}/documents", ("Input.Title", marker), ("Input.Url", "https://example.org/" + marker)),
            "delete-document" => await Post(client, tokenPage, $"{meeting}/documents?handler=Delete", ("documentId", CycleSeed.Text(documentId))),
            "answer-call" => await Post(client, tokenPage, $"/cycles/{y}/call/answer/{PlanningForms.Owner}", ("Input.Needs", marker)),
            "add-target" => await Post(client, tokenPage, $"/plans/{CycleSeed.Text(planId)}/targets",
                ("Input.Description", marker), ("Input.Value", "12,5"), ("Input.Unit", "procent"), ("Input.Year", "2026")),
            _ => await Post(client, tokenPage, $"/plans/{CycleSeed.Text(planId)}/targets?handler=Delete", ("targetId", CycleSeed.Text(targetId))),
        };

        var allowed = OwnOrganisation.Contains(endpoint)
            ? actor is Actor.EditorOwnOrganisation or Actor.Analyst or Actor.Administrator
            : actor is Actor.Analyst or Actor.Administrator;
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
            "create-cycle" => await db.AnnualCycles.AnyAsync(c => c.Notes == marker),
            "create-meeting" => await db.CycleMeetings.AnyAsync(m => m.Place == marker),
            "edit-call" => await db.InputCalls.AnyAsync(c => c.Message == marker),
            "create-outcome" => await db.MeetingOutcomes.AnyAsync(o => o.Text == marker),
            "delete-outcome" => !await db.MeetingOutcomes.AnyAsync(o => o.Id == outcomeId),
            "add-document" => await db.MeetingDocuments.AnyAsync(d => d.Title == marker),
            "delete-document" => !await db.MeetingDocuments.AnyAsync(d => d.Id == documentId),
            "answer-call" => await db.InputAnswers.AnyAsync(a => a.Needs == marker),
            "add-target" => await db.PlanTargets.AnyAsync(t => t.Description == marker),
            _ => !await db.PlanTargets.AnyAsync(t => t.Id == targetId),
        };
        Assert.Equal(allowed && actor != Actor.Anonymous, changed);
        if (changed)
        {
            // Every change is in the audit trail, with the signed-in author.
            Assert.True(await db.AuditEntries.AnyAsync(a => a.UserId != null && (a.After != null && a.After.Contains(marker) || a.Action == Riktning.Auditing.AuditAction.Deleted)));
        }
    }

    private static Task<HttpResponseMessage> Post(HttpClient client, string tokenPage, string path, params (string Name, string Value)[] fields) =>
        TestAccounts.PostFormAsync(client, tokenPage, fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)), path);

    private static async Task<int> SeedTargetAsync(Riktning.Testing.TestDatabase database, int planId)
    {
        await using var db = database.CreateContext();
        var target = new PlanTarget { PlanId = planId, Description = "Seeded target", Value = 1, Unit = "st", Year = 2026 };
        db.PlanTargets.Add(target);
        await db.SaveChangesAsync();
        return target.Id;
    }
}
