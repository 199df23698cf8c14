using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Riktning.Plans;
using Riktning.Testing;

namespace Riktning.Web.Tests.Planning;

/// <summary>Valid form posts and seeded items for the plan and intervention tests.</summary>
public static class PlanningForms
{
    public const string Owner = "arvika-kommun";
    public const string Other = "karlstads-kommun";
    public const string Goal = "god-och-jamlik-halsa";

    public static List<KeyValuePair<string, string>> Plan(string name, string organisation = Owner) =>
    [
        new("Input.Organisation", organisation), new("Input.Name", name), new("Input.StartYear", "2026"), new("Input.EndYear", "2028"), new("Input.Goals", Goal),
    ];

    public static List<KeyValuePair<string, string>> Intervention(string key, string name, string organisation = Owner) =>
    [
        new("Input.Key", key), new("Input.Name", name), new("Input.Organisation", organisation),
        new("Input.StartDate", "2026-01-01"), new("Input.EndDate", "2027-06-30"), new("Input.Status", "ongoing"),
        new("Input.Budget", "100000"), new("Input.Financing[own]", "40000"), new("Input.Financing[interreg]", "60000"),
        new("Input.Goals", Goal),
        new("Input.Assessments[jamstalldhet]", "positive"), new("Input.Motivations[jamstalldhet]", "Fler kvinnor i styrelser."),
        new("Input.Assessments[klimat-och-miljofragor]", "negative"), new("Input.Motivations[klimat-och-miljofragor]", "Fler resor med bil."),
    ];

    /// <summary>A plan and an intervention of <see cref="Owner"/>, stored directly.</summary>
    public static async Task<(int PlanId, int InterventionId, string InterventionKey)> SeedAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var owner = await db.Organisations.Where(o => o.Key == Owner).Select(o => o.Id).SingleAsync();
        var plan = new Plan { OrganisationId = owner, Name = "Seeded plan " + Guid.NewGuid().ToString("N")[..6], StartYear = 2025, EndYear = 2027, GoalIds = [Goal] };
        db.Plans.Add(plan);
        var key = "seeded-" + Guid.NewGuid().ToString("N")[..10];
        var intervention = new Intervention
        {
            Key = key,
            Name = "Seeded intervention",
            OrganisationId = owner,
            StartDate = new DateOnly(2026, 1, 1),
            EndDate = new DateOnly(2026, 12, 31),
            Status = InterventionStatus.Planned,
            Budget = 1000,
            GoalIds = [Goal],
        };
        db.Interventions.Add(intervention);
        await db.SaveChangesAsync();
        return (plan.Id, intervention.Id, key);
    }

    public static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);
}
