namespace Riktning.Cycles;

/// <summary>
/// Read-only questions other features ask of the annual cycle, the generated situation analysis above all: what the
/// previous cycle concluded about a goal, which plan targets bear on it and how the interventions working towards it
/// report their progress. Links are JSON lists in the rows, which neither engine can search alike, so the rows are
/// read and filtered here; a region has hundreds of plans and interventions, not millions.
/// </summary>
public sealed class CycleQueries(RiktningDb db)
{
    /// <summary>Every outcome recorded at the meetings of the cycle of <paramref name="year"/>, in meeting order; empty when there is no such cycle.</summary>
    /// <param name="year">The cycle's year.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public async Task<IReadOnlyList<OutcomeRow>> OutcomesOfYearAsync(int year, CancellationToken cancellationToken = default)
    {
        var rows = await (
            from outcome in db.MeetingOutcomes.AsNoTracking()
            join meeting in db.CycleMeetings.AsNoTracking() on outcome.MeetingId equals meeting.Id
            join cycle in db.AnnualCycles.AsNoTracking() on meeting.CycleId equals cycle.Id
            where cycle.Year == year
            select new { outcome, meeting.Kind, meeting.Date }).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Kind).ThenBy(r => r.outcome.Id).Select(r => new OutcomeRow(r.outcome, year, r.Kind, r.Date))];
    }

    /// <summary>
    /// The outcomes of the cycle before <paramref name="year"/> (year − 1) that are linked to <paramref name="goal"/>
    /// or to one of its indicators, with what became of them (<see cref="MeetingOutcome.FollowUpStatus"/>).
    /// </summary>
    /// <param name="year">The year of the situation analysis or cycle asking; the outcomes are the previous cycle's.</param>
    /// <param name="goal">A goal of the strategy revision the caller reads.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public async Task<IReadOnlyList<OutcomeRow>> PreviousOutcomesForGoalAsync(int year, Goal goal, CancellationToken cancellationToken = default)
    {
        var indicators = goal.Indicators.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        return [.. (await OutcomesOfYearAsync(year - 1, cancellationToken))
            .Where(r => r.Outcome.GoalIds.Contains(goal.Id, StringComparer.Ordinal) || r.Outcome.IndicatorIds.Any(indicators.Contains))];
    }

    /// <summary>
    /// The targets of the plans linked to <paramref name="goal"/>, and every plan target bound to one of the goal's
    /// measures, ordered by target year and plan.
    /// </summary>
    /// <param name="goal">A goal of the strategy revision the caller reads.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public async Task<IReadOnlyList<TargetRow>> TargetsForGoalAsync(Goal goal, CancellationToken cancellationToken = default)
    {
        var measures = goal.Indicators.SelectMany(i => i.Measures).Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var plans = (await db.Plans.AsNoTracking().ToListAsync(cancellationToken)).ToDictionary(p => p.Id);
        var targets = await db.PlanTargets.AsNoTracking().ToListAsync(cancellationToken);
        return [.. targets
            .Where(t => plans.ContainsKey(t.PlanId) && (plans[t.PlanId].GoalIds.Contains(goal.Id, StringComparer.Ordinal) || (t.MeasureId is { } m && measures.Contains(m))))
            .OrderBy(t => t.Year).ThenBy(t => plans[t.PlanId].Name, StringComparer.Ordinal).ThenBy(t => t.Id)
            .Select(t => new TargetRow(t, t.PlanId, plans[t.PlanId].Name, plans[t.PlanId].OrganisationId, plans[t.PlanId].StartYear, plans[t.PlanId].EndYear))];
    }

    /// <summary>
    /// The interventions linked to <paramref name="goal"/> or to one of its indicators, each with its progress report
    /// in the cycle of <paramref name="year"/> (null when it has not reported), ordered by name.
    /// </summary>
    /// <param name="year">The cycle year whose reports to read.</param>
    /// <param name="goal">A goal of the strategy revision the caller reads.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public async Task<IReadOnlyList<ProgressRow>> ProgressForGoalAsync(int year, Goal goal, CancellationToken cancellationToken = default)
    {
        var indicators = goal.Indicators.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var interventions = (await db.Interventions.AsNoTracking().ToListAsync(cancellationToken))
            .Where(i => i.GoalIds.Contains(goal.Id, StringComparer.Ordinal) || i.IndicatorIds.Any(indicators.Contains))
            .OrderBy(i => i.Name, StringComparer.Ordinal).ThenBy(i => i.Id)
            .ToList();
        var cycleId = await db.AnnualCycles.Where(c => c.Year == year).Select(c => (int?)c.Id).FirstOrDefaultAsync(cancellationToken);
        var reports = cycleId is null
            ? []
            : (await db.ProgressReports.AsNoTracking().Where(r => r.CycleId == cycleId && r.InterventionId != null).ToListAsync(cancellationToken)).ToDictionary(r => r.InterventionId!.Value);
        return [.. interventions.Select(i => new ProgressRow(i.Id, i.Key, i.Name, i.OrganisationId, i.Status, reports.GetValueOrDefault(i.Id)))];
    }

    /// <summary>The plans, interventions and cross-border projects linked to the key for change, smart specialisation or mission <paramref name="id"/>.</summary>
    /// <param name="kind">Which of the strategy's lists <paramref name="id"/> belongs to.</param>
    /// <param name="id">The item's id in the definition.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public async Task<ThemeUsage> LinkedToAsync(ThemeKind kind, string id, CancellationToken cancellationToken = default)
    {
        var plans = await db.Plans.AsNoTracking().ToListAsync(cancellationToken);
        var interventions = await db.Interventions.AsNoTracking().ToListAsync(cancellationToken);
        var projects = await db.CrossBorderProjects.AsNoTracking().ToListAsync(cancellationToken);
        return kind switch
        {
            ThemeKind.KeyForChange => new(
                [.. plans.Where(p => p.KeyForChangeIds.Contains(id, StringComparer.Ordinal)).OrderBy(p => p.Name, StringComparer.Ordinal)],
                [.. interventions.Where(i => i.KeyForChangeIds.Contains(id, StringComparer.Ordinal)).OrderBy(i => i.Name, StringComparer.Ordinal)],
                [.. projects.Where(p => p.KeysForChange.Contains(id, StringComparer.Ordinal)).OrderBy(p => p.Name, StringComparer.Ordinal)]),
            ThemeKind.SmartSpecialisation => new(
                [.. plans.Where(p => p.SmartSpecialisationIds.Contains(id, StringComparer.Ordinal)).OrderBy(p => p.Name, StringComparer.Ordinal)],
                [.. interventions.Where(i => i.SmartSpecialisationIds.Contains(id, StringComparer.Ordinal)).OrderBy(i => i.Name, StringComparer.Ordinal)],
                [.. projects.Where(p => p.SmartSpecialisations.Contains(id, StringComparer.Ordinal)).OrderBy(p => p.Name, StringComparer.Ordinal)]),
            _ => new(
                [.. plans.Where(p => p.MissionIds.Contains(id, StringComparer.Ordinal)).OrderBy(p => p.Name, StringComparer.Ordinal)],
                [.. interventions.Where(i => i.MissionIds.Contains(id, StringComparer.Ordinal)).OrderBy(i => i.Name, StringComparer.Ordinal)],
                [.. projects.Where(p => p.Missions.Contains(id, StringComparer.Ordinal)).OrderBy(p => p.Name, StringComparer.Ordinal)]),
        };
    }
}
