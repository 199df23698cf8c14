using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Riktning.Cycles;
using Riktning.Data;
using Riktning.Plans;
using Riktning.SituationAnalysis;
using Riktning.Strategy;
using Riktning.Testing;

namespace Riktning.Core.Tests.SituationAnalysis;

/// <summary>
/// The work the situation analysis lists under each goal, on both engines: the plans' own targets (planned or past their
/// year), the previous cycle's outcomes linked to the goal or to one of its indicators with what became of them, and the
/// progress each intervention reported in the analysed year's cycle (not another year's).
/// </summary>
public sealed class GoalWorkSourceTests
{
    public static TheoryDataRow<DatabaseProvider>[] AllProviders => Providers.All;

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task GenerateAsync_TargetsOutcomesAndProgress_ListedUnderTheirGoals(DatabaseProvider provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var services = database.CreateServices();
        await using var scope = services.CreateAsyncScope();
        await AnalysisFixture.SeedAsync(scope.ServiceProvider);
        var db = scope.ServiceProvider.GetRequiredService<RiktningDb>();
        var organisation = await db.Organisations.SingleAsync(o => o.Key == AnalysisFixture.Organisation, ct);
        var plan = await db.Plans.SingleAsync(p => p.Name == "Kompetensplan", ct);
        var intervention = await db.Interventions.SingleAsync(i => i.Key == "analys-lyft", ct);
        db.PlanTargets.AddRange(
            new PlanTarget { PlanId = plan.Id, Description = "Sysselsättningsgrad", Value = 75, Unit = "procent", Year = 2025, MeasureId = AnalysisFixture.Measure },
            new PlanTarget { PlanId = plan.Id, Description = "Utbildade", Value = 120.5, Unit = "personer", Year = 2022 });
        var cycles = new[] { new AnnualCycle { Year = 2022 }, new AnnualCycle { Year = 2023 } };
        db.AnnualCycles.AddRange(cycles);
        await db.SaveChangesAsync(ct);
        var meetings = cycles.Select(c => new CycleMeeting { CycleId = c.Id, Kind = MeetingKind.DirectionMeeting, Date = new DateOnly(c.Year, 5, 1) }).ToArray();
        db.CycleMeetings.AddRange(meetings);
        await db.SaveChangesAsync(ct);
        db.MeetingOutcomes.AddRange(
            Outcome(meetings[0].Id, organisation.Id, "Via indikatorn", indicators: [AnalysisFixture.Indicator]),
            Outcome(meetings[0].Id, organisation.Id, "Direkt till mål 2", goals: [AnalysisFixture.OtherGoal]),
            Outcome(meetings[1].Id, organisation.Id, "Samma år som analysen", goals: [AnalysisFixture.Goal]));
        db.ProgressReports.AddRange(
            new ProgressReport { CycleId = cycles[0].Id, OrganisationId = organisation.Id, InterventionId = intervention.Id, Status = ProgressStatus.OnTrack },
            new ProgressReport { CycleId = cycles[1].Id, OrganisationId = organisation.Id, InterventionId = intervention.Id, Status = ProgressStatus.Delayed });
        await db.SaveChangesAsync(ct);
        var loaded = (await scope.ServiceProvider.GetRequiredService<StrategyCatalog>().GetAsync(AnalysisFixture.StrategyId, cancellationToken: ct))!;

        var content = await scope.ServiceProvider.GetRequiredService<SituationAnalysisService>().GenerateAsync(loaded, AnalysisFixture.Year, cancellationToken: ct);

        var goal = content.Goals.Single(g => g.GoalId == AnalysisFixture.Goal);
        var other = content.Goals.Single(g => g.GoalId == AnalysisFixture.OtherGoal);
        List<LinkedWork> Work(GoalSection section, string kind) => [.. section.Work.Single(w => w.Kind == kind).Items];

        // Targets in target-year order: 2022 is past in 2023, 2025 still planned; the measure a target is bound to goes along.
        Assert.Equal(
            [("Kompetensplan: Utbildade (120.5 personer)", "completed", "2022", (string?)null), ("Kompetensplan: Sysselsättningsgrad (75 procent)", "planned", "2025", AnalysisFixture.Measure)],
            Work(goal, "targets").Select(w => (w.Name, w.Status, w.Period, w.Progress)));
        Assert.All(Work(goal, "targets"), w => Assert.Equal("Analysorganisationen", w.Organisation));
        Assert.Empty(Work(other, "targets"));

        // Outcomes of the 2022 cycle only: one linked through the goal's indicator, one straight to the other goal.
        var status = "Outcome.Status." + PlanningSpelling.Format(FollowUpStatus.InProgress);
        Assert.Equal([("Via indikatorn", status, "2022-12-01", "Halvvägs")], Work(goal, "outcomes").Select(w => (w.Name, w.Status, w.Period, w.Progress)));
        Assert.Equal(["Direkt till mål 2"], Work(other, "outcomes").Select(w => w.Name));

        // The intervention's progress is the one reported in 2023's cycle, not 2022's.
        var lyft = Work(goal, "interventions").Single();
        Assert.Equal(("Kompetenslyft", "Progress.Status." + PlanningSpelling.Format(ProgressStatus.Delayed)), (lyft.Name, lyft.Progress));
    }

    private static MeetingOutcome Outcome(int meetingId, int owner, string text, List<string>? goals = null, List<string>? indicators = null) => new()
    {
        MeetingId = meetingId,
        Kind = OutcomeKind.SharedLearning,
        Text = text,
        OwnerOrganisationId = owner,
        FollowUpDate = new DateOnly(2022, 12, 1),
        FollowUpStatus = FollowUpStatus.InProgress,
        FollowUpNote = "Halvvägs",
        GoalIds = goals ?? [],
        IndicatorIds = indicators ?? [],
    };
}
