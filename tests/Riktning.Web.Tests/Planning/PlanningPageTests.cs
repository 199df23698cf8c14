using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Riktning.Accounts;
using Riktning.Auditing;
using Riktning.Data;
using Riktning.Testing;
using Riktning.Web.Tests.Accounts;

namespace Riktning.Web.Tests.Planning;

public sealed class PlanningPageTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    public static TheoryDataRow<DatabaseProvider>[] AllProviders => Providers.All;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task CreateIntervention_WithoutAntiforgeryToken_IsRejectedAndNothingStored(DatabaseProvider provider)
    {
        var editor = await TestAccounts.SignInAsync(site.Factory(provider), RoleNames.Editor, PlanningForms.Owner);
        var key = "no-token-" + Guid.NewGuid().ToString("N")[..8];

        var response = await editor.Client.PostAsync("/interventions/edit", new FormUrlEncodedContent(PlanningForms.Intervention(key, key)), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = site.Database(provider).CreateContext();
        Assert.False(await db.Interventions.AnyAsync(i => i.Key == key, Ct));
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task CreateIntervention_EditorNamingAnotherOrganisation_IsForbiddenWhateverTheForm(DatabaseProvider provider)
    {
        var editor = await TestAccounts.SignInAsync(site.Factory(provider), RoleNames.Editor, PlanningForms.Owner);
        var key = "tampered-" + Guid.NewGuid().ToString("N")[..8];

        var form = await editor.Client.GetStringAsync("/interventions/edit", Ct);
        var response = await TestAccounts.PostFormAsync(editor.Client, "/", PlanningForms.Intervention(key, key, PlanningForms.Other), "/interventions/edit");

        Assert.DoesNotContain($"<option value=\"{PlanningForms.Other}\"", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await using var db = site.Database(provider).CreateContext();
        Assert.False(await db.Interventions.AnyAsync(i => i.Key == key, Ct));
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task EditPlan_EditorMovingOwnPlanToAnotherOrganisation_IsForbidden(DatabaseProvider provider)
    {
        var editor = await TestAccounts.SignInAsync(site.Factory(provider), RoleNames.Editor, PlanningForms.Owner);
        var (planId, _, _) = await PlanningForms.SeedAsync(site.Database(provider));

        var response = await TestAccounts.PostFormAsync(editor.Client, "/", PlanningForms.Plan("Moved", PlanningForms.Other), $"/plans/edit/{planId}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await using var db = site.Database(provider).CreateContext();
        Assert.NotEqual("Moved", (await db.Plans.SingleAsync(p => p.Id == planId, Ct)).Name);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task CreateIntervention_FinancingAboveBudgetAndMissingMotivation_ShowsErrorsLinkedToFields(DatabaseProvider provider)
    {
        var editor = await TestAccounts.SignInAsync(site.Factory(provider), RoleNames.Editor, PlanningForms.Owner);
        var key = "invalid-" + Guid.NewGuid().ToString("N")[..8];
        var fields = PlanningForms.Intervention(key, key).Where(f => f.Key != "Input.Motivations[klimat-och-miljofragor]").ToList();
        fields.Add(new("Input.Financing[state]", "1"));

        var response = await TestAccounts.PostFormAsync(editor.Client, "/", fields, "/interventions/edit?culture=en");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<a href=\"#Input_Budget\">The financing adds up to SEK 100001, more than the budget of SEK 100000.</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#Input_Motivations_klimat-och-miljofragor_\">Give a reason for the assessment of", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"Input_Budget-hint Input_Budget-error\"", html, StringComparison.Ordinal);
        await using var db = site.Database(provider).CreateContext();
        Assert.False(await db.Interventions.AnyAsync(i => i.Key == key, Ct));
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task EditIntervention_ByEditor_AuditTrailHasAuthorAndValuesBeforeAndAfter(DatabaseProvider provider)
    {
        var factory = site.Factory(provider);
        var editor = await TestAccounts.SignInAsync(factory, RoleNames.Editor, PlanningForms.Owner);
        var (_, interventionId, key) = await PlanningForms.SeedAsync(site.Database(provider));

        var response = await TestAccounts.PostFormAsync(editor.Client, "/", PlanningForms.Intervention(key, "Renamed"), $"/interventions/edit/{interventionId}");
        var admin = await TestAccounts.SignInAsync(factory, RoleNames.Administrator);
        var page = await admin.Client.GetStringAsync($"/admin/audit?type=Intervention&user={Uri.EscapeDataString(editor.Email)}", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = site.Database(provider).CreateContext();
        var entry = await db.AuditEntries.SingleAsync(a => a.EntityType == "Intervention" && a.EntityKey == PlanningForms.Id(interventionId), Ct);
        Assert.Equal((AuditAction.Modified, editor.UserId, editor.Email), (entry.Action, entry.UserId, entry.UserName));
        Assert.Equal("Seeded intervention", JsonDocument.Parse(entry.Before!).RootElement.GetProperty("Name").GetString());
        Assert.Equal("Renamed", JsonDocument.Parse(entry.After!).RootElement.GetProperty("Name").GetString());
        Assert.Contains(editor.Email, page, StringComparison.Ordinal);
        Assert.Contains("Renamed", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Import_BadRows_NamesLineAndColumnAndStoresNothing(DatabaseProvider provider)
    {
        var analyst = await TestAccounts.SignInAsync(site.Factory(provider), RoleNames.Analyst);
        var good = "good-" + Guid.NewGuid().ToString("N")[..8];
        var csv = "key,name,organisation,start-date,end-date,status,budget,financing-interreg,goals,perspective-jamstalldhet,motivation-jamstalldhet\n"
            + $"{good},Good,{PlanningForms.Owner},2026-01-01,2026-12-31,planned,1000,500,{PlanningForms.Goal},positive,Bra\n"
            + $"bad-row,Bad,{PlanningForms.Owner},2026-01-01,2025-12-31,planned,1000,2000,nope,negative,\n";

        var response = await ImportAsync(analyst.Client, csv, "/interventions/import?culture=en");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Line 3, column end-date: The end date must be on or after the start date.", html, StringComparison.Ordinal);
        Assert.Contains("Line 3, column budget: The financing adds up to SEK 2000, more than the budget of SEK 1000.", html, StringComparison.Ordinal);
        Assert.Contains("Line 3, column goals: The goal nope is not in the strategy.", html, StringComparison.Ordinal);
        Assert.Contains("Line 3, column motivation-jamstalldhet: Give a reason for the assessment of", html, StringComparison.Ordinal);
        await using var db = site.Database(provider).CreateContext();
        Assert.False(await db.Interventions.AnyAsync(i => i.Key == good, Ct));
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Import_SameFileTwice_AddsThenChangesNothing_AndExportRoundTrips(DatabaseProvider provider)
    {
        var analyst = await TestAccounts.SignInAsync(site.Factory(provider), RoleNames.Analyst);
        var key = "twice-" + Guid.NewGuid().ToString("N")[..8];
        var csv = "key,name,organisation,partners,start-date,end-date,status,budget,financing-own,goals,indicators,perspective-jamstalldhet,motivation-jamstalldhet\n"
            + $"{key},Twice,{PlanningForms.Owner},region-varmland;{PlanningForms.Other},2026-01-01,2026-12-31,ongoing,1 000,1000,{PlanningForms.Goal},halsa-och-valbefinnande,positive,Bra\n";

        var first = WebUtility.HtmlDecode(await (await ImportAsync(analyst.Client, csv, "/interventions/import?culture=en")).Content.ReadAsStringAsync(Ct));
        var second = WebUtility.HtmlDecode(await (await ImportAsync(analyst.Client, csv, "/interventions/import?culture=en")).Content.ReadAsStringAsync(Ct));
        var export = await analyst.Client.GetStringAsync("/interventions/export?format=csv", Ct);
        var exported = export.Split('\n').First(l => l.StartsWith(key, StringComparison.Ordinal));
        var third = WebUtility.HtmlDecode(await (await ImportAsync(analyst.Client, export.Split('\n')[0] + "\n" + exported + "\n", "/interventions/import?culture=en")).Content.ReadAsStringAsync(Ct));

        Assert.Contains("1 added, 0 changed, 0 unchanged", first, StringComparison.Ordinal);
        Assert.Contains("0 added, 0 changed, 1 unchanged", second, StringComparison.Ordinal);
        Assert.Contains("0 added, 0 changed, 1 unchanged", third, StringComparison.Ordinal);
        Assert.Contains("region-varmland;karlstads-kommun", exported, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Import_EditorRowOfAnotherOrganisation_IsForbiddenAndStoresNothing(DatabaseProvider provider)
    {
        var editor = await TestAccounts.SignInAsync(site.Factory(provider), RoleNames.Editor, PlanningForms.Owner);
        var own = "own-" + Guid.NewGuid().ToString("N")[..8];
        var other = "other-" + Guid.NewGuid().ToString("N")[..8];
        var csv = "key,name,organisation,start-date,end-date,status,budget,goals\n"
            + $"{own},Own,{PlanningForms.Owner},2026-01-01,2026-12-31,planned,1000,{PlanningForms.Goal}\n"
            + $"{other},Other,{PlanningForms.Other},2026-01-01,2026-12-31,planned,1000,{PlanningForms.Goal}\n";

        var response = await ImportAsync(editor.Client, csv, "/interventions/import?culture=en");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Line 3: you may not change", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
        await using var db = site.Database(provider).CreateContext();
        Assert.False(await db.Interventions.AnyAsync(i => i.Key == own || i.Key == other, Ct));
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task MixedIntervention_ShowsOnGoalPageInterventionListAndGoalConflicts(DatabaseProvider provider)
    {
        var factory = site.Factory(provider);
        var editor = await TestAccounts.SignInAsync(factory, RoleNames.Editor, PlanningForms.Owner);
        var name = "Blandad insats " + Guid.NewGuid().ToString("N")[..6];
        await TestAccounts.PostFormAsync(editor.Client, "/", PlanningForms.Intervention("mixed-" + Guid.NewGuid().ToString("N")[..8], name), "/interventions/edit");
        var anonymous = site.Client(provider);

        var goal = await anonymous.GetStringAsync($"/goals/{PlanningForms.Goal}", Ct);
        var list = await anonymous.GetStringAsync("/interventions", Ct);
        var conflicts = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/goal-conflicts", Ct));

        Assert.Contains(name, goal, StringComparison.Ordinal);
        Assert.Contains(name, list, StringComparison.Ordinal);
        Assert.Contains(name, conflicts, StringComparison.Ordinal);
        Assert.Contains("<td>Jämställdhet", conflicts, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task ExportExcel_IsAWorkbook(DatabaseProvider provider)
    {
        var response = await site.Client(provider).GetAsync("/interventions/export?format=xlsx", Ct);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((byte)'P', bytes[0]);
        Assert.Equal((byte)'K', bytes[1]);
    }

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient client, string csv, string path)
    {
        var token = await TestAccounts.AntiforgeryTokenAsync(client, "/");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "interventions.csv" },
        };
        return await client.PostAsync(path, content, Ct);
    }
}
