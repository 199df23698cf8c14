using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Riktning.Cycles;
using Riktning.Data;
using Riktning.Testing;
using Riktning.Web.Tests.Planning;

namespace Riktning.Web.Tests.Cycles;

/// <summary>A cycle with a direction meeting, an outcome, a document and a call addressed to both test organisations, stored directly.</summary>
public static class CycleSeed
{
    private static readonly Dictionary<DatabaseProvider, int> NextYear = [];

    /// <summary>A year no other test of this process has used on the provider's database (cycles are unique per year).</summary>
    public static int FreshYear(DatabaseProvider provider)
    {
        lock (NextYear)
        {
            var year = NextYear.GetValueOrDefault(provider, 2000);
            NextYear[provider] = year + 1;
            return year;
        }
    }

    public static async Task<(int Year, int MeetingId, int OutcomeId, int DocumentId)> SeedAsync(TestDatabase database)
    {
        var year = FreshYear(database.Provider);
        await using var db = database.CreateContext();
        var owner = await db.Organisations.Where(o => o.Key == PlanningForms.Owner).Select(o => o.Id).SingleAsync();
        var other = await db.Organisations.Where(o => o.Key == PlanningForms.Other).Select(o => o.Id).SingleAsync();
        var cycle = new AnnualCycle { Year = year };
        db.AnnualCycles.Add(cycle);
        await db.SaveChangesAsync();
        var meeting = new CycleMeeting { CycleId = cycle.Id, Kind = MeetingKind.DirectionMeeting, Date = new DateOnly(year, 5, 20), InvitedIds = [owner, other] };
        db.CycleMeetings.Add(meeting);
        db.InputCalls.Add(new InputCall { CycleId = cycle.Id, Deadline = new DateOnly(year, 2, 1), AddresseeIds = [owner, other] });
        await db.SaveChangesAsync();
        var outcome = new MeetingOutcome { MeetingId = meeting.Id, Kind = OutcomeKind.Decision, Text = "Seeded outcome", OwnerOrganisationId = owner, FollowUpDate = new DateOnly(year + 1, 3, 1), GoalIds = [PlanningForms.Goal] };
        var document = new MeetingDocument { MeetingId = meeting.Id, Title = "Seeded document", Url = "https://example.org/seed" };
        db.MeetingOutcomes.Add(outcome);
        db.MeetingDocuments.Add(document);
        await db.SaveChangesAsync();
        return (year, meeting.Id, outcome.Id, document.Id);
    }

    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
