using System.Security.Cryptography;
using Riktning.Plans;

namespace Riktning.Cycles;

/// <summary>
/// The annual cycle's store: cycles, meetings and their documents, the call for input and its answers, outcomes and
/// plan targets. Each write validates everything first (<see cref="CycleValidator"/> plus the rules that need the
/// store: one cycle per year, one meeting of each kind, the call and the working meeting in order) and then saves once,
/// so bad input stores nothing; the audit interceptor records every change. Authorization is the caller's.
/// </summary>
public sealed class CycleRegistry(RiktningDb db, TimeProvider clock)
{
    public async Task<IReadOnlyList<AnnualCycle>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.AnnualCycles.AsNoTracking().OrderByDescending(c => c.Year).ToListAsync(cancellationToken);

    public Task<AnnualCycle?> FindAsync(int year, CancellationToken cancellationToken = default) =>
        db.AnnualCycles.FirstOrDefaultAsync(c => c.Year == year, cancellationToken);

    /// <summary>The cycle of <paramref name="year"/> with everything its page shows, or null.</summary>
    public async Task<CycleOverview?> OverviewAsync(int year, CancellationToken cancellationToken = default)
    {
        if (await db.AnnualCycles.AsNoTracking().FirstOrDefaultAsync(c => c.Year == year, cancellationToken) is not { } cycle)
        {
            return null;
        }

        var meetings = await db.CycleMeetings.AsNoTracking().Where(m => m.CycleId == cycle.Id).ToListAsync(cancellationToken);
        meetings = [.. meetings.OrderBy(m => m.Kind)];
        var meetingIds = meetings.Select(m => m.Id).ToList();
        var documents = await db.MeetingDocuments.AsNoTracking().Where(d => meetingIds.Contains(d.MeetingId)).OrderBy(d => d.Id).ToListAsync(cancellationToken);
        var outcomes = await db.MeetingOutcomes.AsNoTracking().Where(o => meetingIds.Contains(o.MeetingId)).OrderBy(o => o.Id).ToListAsync(cancellationToken);
        var call = await db.InputCalls.AsNoTracking().FirstOrDefaultAsync(c => c.CycleId == cycle.Id, cancellationToken);
        var answers = call is null ? [] : await db.InputAnswers.AsNoTracking().Where(a => a.CallId == call.Id).ToListAsync(cancellationToken);
        var previous = await new CycleQueries(db).OutcomesOfYearAsync(year - 1, cancellationToken);
        return new CycleOverview(cycle, meetings, documents, outcomes, call, answers, previous);
    }

    public async Task<(AnnualCycle? Cycle, IReadOnlyList<FieldProblem> Problems)> SaveCycleAsync(AnnualCycle? stored, CycleFields fields, CancellationToken cancellationToken = default)
    {
        var (year, problems) = CycleValidator.Cycle(fields);
        var list = problems.ToList();
        if (year is { } y)
        {
            if (await db.AnnualCycles.AnyAsync(c => c.Year == y && (stored == null || c.Id != stored.Id), cancellationToken))
            {
                list.Add(new("Year", "Cycle.YearTaken", y.ToString(CultureInfo.InvariantCulture)));
            }
            else if (stored is not null && await db.CycleMeetings.AnyAsync(m => m.CycleId == stored.Id, cancellationToken)
                && (await db.CycleMeetings.Where(m => m.CycleId == stored.Id).Select(m => m.Date).ToListAsync(cancellationToken)).Any(d => d.Year != y))
            {
                list.Add(new("Year", "Cycle.MeetingsOutsideYear"));
            }
        }

        if (list.Count > 0)
        {
            return (null, list);
        }

        var cycle = stored ?? db.AnnualCycles.Add(new AnnualCycle()).Entity;
        cycle.Year = year!.Value;
        cycle.Notes = CycleValidator.Text(fields.Notes);
        await db.SaveChangesAsync(cancellationToken);
        return (cycle, list);
    }

    public Task<CycleMeeting?> FindMeetingAsync(int cycleId, int meetingId, CancellationToken cancellationToken = default) =>
        db.CycleMeetings.FirstOrDefaultAsync(m => m.CycleId == cycleId && m.Id == meetingId, cancellationToken);

    /// <summary>Adds a meeting to <paramref name="cycle"/> or changes <paramref name="stored"/>.</summary>
    public async Task<(CycleMeeting? Meeting, IReadOnlyList<FieldProblem> Problems)> SaveMeetingAsync(
        AnnualCycle cycle, CycleMeeting? stored, MeetingFields fields, IReadOnlyDictionary<string, int> organisations, CancellationToken cancellationToken = default)
    {
        var (meeting, problems) = CycleValidator.Meeting(fields, cycle.Year, organisations);
        var list = problems.ToList();
        if (meeting is not null)
        {
            if (await db.CycleMeetings.AnyAsync(m => m.CycleId == cycle.Id && m.Kind == meeting.Kind && (stored == null || m.Id != stored.Id), cancellationToken))
            {
                list.Add(new("Kind", "Meeting.KindTaken"));
            }

            if (meeting.Kind == MeetingKind.WorkingMeeting
                && await db.InputCalls.AsNoTracking().FirstOrDefaultAsync(c => c.CycleId == cycle.Id, cancellationToken) is { } call && call.Deadline > meeting.Date)
            {
                list.Add(new("Date", "Meeting.BeforeCallDeadline", call.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            }
        }

        if (list.Count > 0)
        {
            return (null, list);
        }

        var target = stored ?? db.CycleMeetings.Add(new CycleMeeting { CycleId = cycle.Id }).Entity;
        (target.Kind, target.Date, target.Place, target.InvitedIds, target.PresentIds, target.Agenda) =
            (meeting!.Kind, meeting.Date, meeting.Place, meeting.InvitedIds, meeting.PresentIds, meeting.Agenda);
        await db.SaveChangesAsync(cancellationToken);
        return (target, list);
    }

    /// <summary>
    /// Adds a document: a title and either an http(s) link or a file of at most <see cref="MeetingDocument.MaxFileBytes"/>
    /// (checked on the declared length before reading, and again while reading, so an oversized upload is never held whole).
    /// </summary>
    public async Task<(MeetingDocument? Document, IReadOnlyList<FieldProblem> Problems)> AddDocumentAsync(
        CycleMeeting meeting, DocumentFields fields, UploadedFile? file, CancellationToken cancellationToken = default)
    {
        var problems = new List<FieldProblem>();
        var title = fields.Title?.Trim() ?? "";
        if (title.Length == 0)
        {
            problems.Add(new("Title", "Document.TitleRequired"));
        }
        else if (title.Length > 300)
        {
            problems.Add(new("Title", "Cycle.TextTooLong", "300"));
        }

        var url = CycleValidator.Text(fields.Url);
        var hasFile = file is { Length: > 0 };
        if (url is null && !hasFile)
        {
            problems.Add(new("Url", "Document.LinkOrFileRequired"));
        }
        else if (url is not null && hasFile)
        {
            problems.Add(new("Url", "Document.LinkAndFile"));
        }
        else if (url is not null && (url.Length > 2000 || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)))
        {
            problems.Add(new("Url", "Document.UrlInvalid"));
        }

        if (hasFile && file!.Length > MeetingDocument.MaxFileBytes)
        {
            problems.Add(new("File", "Document.TooLarge", (MeetingDocument.MaxFileBytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture)));
        }

        if (hasFile && Path.GetFileName(file!.FileName) is { Length: 0 or > 255 })
        {
            problems.Add(new("File", "Document.FileNameInvalid"));
        }

        byte[]? content = null;
        if (problems.Count == 0 && hasFile)
        {
            content = await ReadCappedAsync(file!.Content, cancellationToken);
            if (content is null)
            {
                problems.Add(new("File", "Document.TooLarge", (MeetingDocument.MaxFileBytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture)));
            }
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var document = new MeetingDocument { MeetingId = meeting.Id, Title = title, Url = url };
        if (content is not null)
        {
            document.FileName = Path.GetFileName(file!.FileName);
            document.ContentType = string.IsNullOrWhiteSpace(file.ContentType) || file.ContentType.Length > 100 ? "application/octet-stream" : file.ContentType;
            document.Size = content.Length;
            document.Sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.MeetingDocuments.Add(document);
        await db.SaveChangesAsync(cancellationToken);
        if (content is not null)
        {
            db.MeetingDocumentFiles.Add(new MeetingDocumentFile { DocumentId = document.Id, Content = content });
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return (document, problems);
    }

    public Task<MeetingDocument?> FindDocumentAsync(int meetingId, int documentId, CancellationToken cancellationToken = default) =>
        db.MeetingDocuments.FirstOrDefaultAsync(d => d.MeetingId == meetingId && d.Id == documentId, cancellationToken);

    public Task<MeetingDocumentFile?> FileAsync(int documentId, CancellationToken cancellationToken = default) =>
        db.MeetingDocumentFiles.AsNoTracking().FirstOrDefaultAsync(f => f.DocumentId == documentId, cancellationToken);

    public async Task DeleteAsync(object entity, CancellationToken cancellationToken = default)
    {
        db.Remove(entity);
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task<InputCall?> FindCallAsync(int cycleId, CancellationToken cancellationToken = default) =>
        db.InputCalls.FirstOrDefaultAsync(c => c.CycleId == cycleId, cancellationToken);

    /// <summary>Creates or changes the cycle's call for input; its deadline may not be after the working meeting.</summary>
    public async Task<(InputCall? Call, IReadOnlyList<FieldProblem> Problems)> SaveCallAsync(
        AnnualCycle cycle, CallFields fields, IReadOnlyDictionary<string, int> organisations, CancellationToken cancellationToken = default)
    {
        var working = await db.CycleMeetings.AsNoTracking().Where(m => m.CycleId == cycle.Id && m.Kind == MeetingKind.WorkingMeeting)
            .Select(m => (DateOnly?)m.Date).FirstOrDefaultAsync(cancellationToken);
        var (call, problems) = CycleValidator.Call(fields, cycle.Year, working, organisations);
        if (call is null)
        {
            return (null, problems);
        }

        var target = await FindCallAsync(cycle.Id, cancellationToken) ?? db.InputCalls.Add(new InputCall { CycleId = cycle.Id }).Entity;
        (target.Deadline, target.Message, target.AddresseeIds) = (call.Deadline, call.Message, call.AddresseeIds);
        await db.SaveChangesAsync(cancellationToken);
        return (target, problems);
    }

    /// <summary>The plans and interventions an organisation reports on, by <see cref="AnswerFields.ItemKey"/>.</summary>
    public async Task<(IReadOnlyList<Plan> Plans, IReadOnlyList<Intervention> Interventions)> ItemsOfAsync(int organisationId, CancellationToken cancellationToken = default) =>
        (await db.Plans.AsNoTracking().Where(p => p.OrganisationId == organisationId).OrderBy(p => p.Name).ToListAsync(cancellationToken),
         await db.Interventions.AsNoTracking().Where(i => i.OrganisationId == organisationId).OrderBy(i => i.Name).ToListAsync(cancellationToken));

    /// <summary>An organisation's stored answer and reports for a cycle, for the answer form.</summary>
    public async Task<(InputAnswer? Answer, IReadOnlyList<ProgressReport> Reports)> AnswerOfAsync(InputCall call, int organisationId, CancellationToken cancellationToken = default) =>
        (await db.InputAnswers.AsNoTracking().FirstOrDefaultAsync(a => a.CallId == call.Id && a.OrganisationId == organisationId, cancellationToken),
         await db.ProgressReports.AsNoTracking().Where(r => r.CycleId == call.CycleId && r.OrganisationId == organisationId).ToListAsync(cancellationToken));

    /// <summary>
    /// Stores an organisation's answer: its overall needs and, per plan or intervention of its own with a status, a
    /// progress report for the cycle (one per item per cycle; an item left without a status is not reported).
    /// </summary>
    public async Task<IReadOnlyList<FieldProblem>> SaveAnswerAsync(InputCall call, int organisationId, AnswerFields fields, CancellationToken cancellationToken = default)
    {
        var problems = new List<FieldProblem>();
        if (!call.AddresseeIds.Contains(organisationId))
        {
            problems.Add(new("", "Answer.NotAddressed"));
            return problems;
        }

        CycleValidator.Limit(fields.Needs, "Needs", problems);
        var (plans, interventions) = await ItemsOfAsync(organisationId, cancellationToken);
        var items = plans.Select(p => (Key: AnswerFields.ItemKey(p.Id, null), PlanId: (int?)p.Id, InterventionId: (int?)null))
            .Concat(interventions.Select(i => (Key: AnswerFields.ItemKey(null, i.Id), PlanId: (int?)null, InterventionId: (int?)i.Id)))
            .ToList();
        var known = items.Select(i => i.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var key in fields.Statuses.Keys.Concat(fields.FollowUps.Keys).Concat(fields.ItemNeeds.Keys).Distinct(StringComparer.Ordinal).Where(k => !known.Contains(k)))
        {
            problems.Add(new($"Statuses[{key}]", "Answer.ItemUnknown", key));
        }

        var reports = new List<ProgressReport>();
        foreach (var (key, planId, interventionId) in items)
        {
            var statusText = fields.Statuses.GetValueOrDefault(key);
            var followUp = CycleValidator.Text(fields.FollowUps.GetValueOrDefault(key));
            var needs = CycleValidator.Text(fields.ItemNeeds.GetValueOrDefault(key));
            CycleValidator.Limit(followUp, $"FollowUps[{key}]", problems);
            CycleValidator.Limit(needs, $"ItemNeeds[{key}]", problems);
            if (string.IsNullOrWhiteSpace(statusText))
            {
                if (followUp is not null || needs is not null)
                {
                    problems.Add(new($"Statuses[{key}]", "Answer.StatusRequired"));
                }

                continue;
            }

            if (!PlanningSpelling.TryParse<ProgressStatus>(statusText, out var status))
            {
                problems.Add(new($"Statuses[{key}]", "Answer.StatusInvalid"));
                continue;
            }

            reports.Add(new ProgressReport { CycleId = call.CycleId, OrganisationId = organisationId, PlanId = planId, InterventionId = interventionId, Status = status, FollowUp = followUp, Needs = needs });
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        var answer = await db.InputAnswers.FirstOrDefaultAsync(a => a.CallId == call.Id && a.OrganisationId == organisationId, cancellationToken)
            ?? db.InputAnswers.Add(new InputAnswer { CallId = call.Id, OrganisationId = organisationId }).Entity;
        answer.Needs = CycleValidator.Text(fields.Needs);
        answer.AnsweredUtc = clock.GetUtcNow().UtcDateTime;

        var stored = await db.ProgressReports.Where(r => r.CycleId == call.CycleId && r.OrganisationId == organisationId).ToListAsync(cancellationToken);
        foreach (var report in reports)
        {
            var existing = stored.FirstOrDefault(r => r.PlanId == report.PlanId && r.InterventionId == report.InterventionId);
            if (existing is null)
            {
                db.ProgressReports.Add(report);
            }
            else
            {
                (existing.Status, existing.FollowUp, existing.Needs) = (report.Status, report.FollowUp, report.Needs);
            }
        }

        db.ProgressReports.RemoveRange(stored.Where(s => !reports.Any(r => r.PlanId == s.PlanId && r.InterventionId == s.InterventionId)));
        await db.SaveChangesAsync(cancellationToken);
        return problems;
    }

    public Task<MeetingOutcome?> FindOutcomeAsync(int meetingId, int outcomeId, CancellationToken cancellationToken = default) =>
        db.MeetingOutcomes.FirstOrDefaultAsync(o => o.MeetingId == meetingId && o.Id == outcomeId, cancellationToken);

    /// <summary>Records an outcome of <paramref name="meeting"/> or changes <paramref name="stored"/>.</summary>
    public async Task<(MeetingOutcome? Outcome, IReadOnlyList<FieldProblem> Problems)> SaveOutcomeAsync(
        CycleMeeting meeting, MeetingOutcome? stored, OutcomeFields fields, CycleReferences references, CancellationToken cancellationToken = default)
    {
        var (outcome, problems) = CycleValidator.Outcome(fields, references);
        if (outcome is null)
        {
            return (null, problems);
        }

        var target = stored ?? db.MeetingOutcomes.Add(new MeetingOutcome { MeetingId = meeting.Id, Text = outcome.Text }).Entity;
        (target.Kind, target.Text, target.OwnerOrganisationId, target.FollowUpDate, target.FollowUpStatus, target.FollowUpNote) =
            (outcome.Kind, outcome.Text, outcome.OwnerOrganisationId, outcome.FollowUpDate, outcome.FollowUpStatus, outcome.FollowUpNote);
        (target.GoalIds, target.IndicatorIds, target.InterventionIds, target.CooperationAreaIds) =
            (outcome.GoalIds, outcome.IndicatorIds, outcome.InterventionIds, outcome.CooperationAreaIds);
        await db.SaveChangesAsync(cancellationToken);
        return (target, problems);
    }

    public async Task<IReadOnlyList<PlanTarget>> TargetsAsync(int planId, CancellationToken cancellationToken = default) =>
        await db.PlanTargets.AsNoTracking().Where(t => t.PlanId == planId).OrderBy(t => t.Year).ThenBy(t => t.Id).ToListAsync(cancellationToken);

    public Task<PlanTarget?> FindTargetAsync(int planId, int targetId, CancellationToken cancellationToken = default) =>
        db.PlanTargets.FirstOrDefaultAsync(t => t.PlanId == planId && t.Id == targetId, cancellationToken);

    /// <summary>Adds a target to <paramref name="plan"/>: not for a year before the plan starts, a measure of <paramref name="strategy"/> if bound.</summary>
    public async Task<(PlanTarget? Target, IReadOnlyList<FieldProblem> Problems)> AddTargetAsync(
        Plan plan, TargetFields fields, StrategyDefinition strategy, CancellationToken cancellationToken = default)
    {
        var (target, problems) = CycleValidator.Target(fields, plan.StartYear, strategy);
        if (target is null)
        {
            return (null, problems);
        }

        target.PlanId = plan.Id;
        db.PlanTargets.Add(target);
        await db.SaveChangesAsync(cancellationToken);
        return (target, problems);
    }

    private static async Task<byte[]?> ReadCappedAsync(Stream stream, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MeetingDocument.MaxFileBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
