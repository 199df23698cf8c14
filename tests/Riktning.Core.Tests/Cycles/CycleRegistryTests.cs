using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Riktning.Cycles;
using Riktning.Data;
using Riktning.Organisations;
using Riktning.Plans;
using Riktning.Strategy;
using Riktning.Testing;

namespace Riktning.Core.Tests.Cycles;

/// <summary>The annual cycle's rules on both engines: every bad input is a field problem and stores nothing; good input is stored and audited.</summary>
public sealed class CycleRegistryTests
{
    private const string Goal = "god-och-jamlik-halsa";

    private static readonly StrategyDefinition Strategy = DefinitionReader.ReadFile(RepositoryPaths.Strategies("varmlandsstrategin-2040.yaml")).Definition;
    private static readonly StrategyDefinition Cooperation = DefinitionReader.ReadFile(RepositoryPaths.Strategies("norge-samarbete.yaml")).Definition;

    public static TheoryDataRow<DatabaseProvider>[] AllProviders => Providers.All;

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task SaveCycle_YearTaken_IsAFieldErrorAndStoresNothing(DatabaseProvider provider)
    {
        await using var store = await Store.CreateAsync(provider);
        await store.CycleAsync(2026);

        var (cycle, problems) = await store.Registry.SaveCycleAsync(null, new CycleFields { Year = "2026" }, TestContext.Current.CancellationToken);

        Assert.Null(cycle);
        Assert.Equal([("Year", "Cycle.YearTaken")], problems.Select(p => (p.Field, p.Message)));
        Assert.Equal(1, await store.Db.AnnualCycles.CountAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task SaveMeeting_OutsideYearOrKindTwice_AreFieldErrors_ValidIsStoredAndAudited(DatabaseProvider provider)
    {
        await using var store = await Store.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var cycle = await store.CycleAsync(2026);

        var outside = await store.Registry.SaveMeetingAsync(cycle, null, Meeting("working-meeting", "2025-12-31"), store.Organisations, ct);
        var unknown = await store.Registry.SaveMeetingAsync(cycle, null, Meeting("working-meeting", "2026-03-10", "no-such-org"), store.Organisations, ct);
        var (stored, none) = await store.Registry.SaveMeetingAsync(cycle, null, Meeting("working-meeting", "2026-03-10"), store.Organisations, ct);
        var twice = await store.Registry.SaveMeetingAsync(cycle, null, Meeting("working-meeting", "2026-04-10"), store.Organisations, ct);

        Assert.Equal([("Date", "Meeting.DateOutsideYear")], outside.Problems.Select(p => (p.Field, p.Message)));
        Assert.Equal([("Invited", "Cycle.OrganisationUnknown", "no-such-org")], unknown.Problems.Select(p => (p.Field, p.Message, p.Arguments[0])));
        Assert.Empty(none);
        Assert.Equal([("Kind", "Meeting.KindTaken")], twice.Problems.Select(p => (p.Field, p.Message)));
        var meetings = await store.Db.CycleMeetings.AsNoTracking().ToListAsync(ct);
        Assert.Equal((stored!.Id, new DateOnly(2026, 3, 10), "Karlstad"), (meetings.Single().Id, meetings.Single().Date, meetings.Single().Place));
        Assert.Equal([store.Organisations["arvika-kommun"], store.Organisations["region-varmland"]], meetings.Single().InvitedIds);
        Assert.Equal(1, await store.Db.AuditEntries.CountAsync(a => a.EntityType == nameof(CycleMeeting), ct));
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task SaveCall_DeadlineAfterWorkingMeeting_IsRejected_AndTheMeetingCannotMoveBeforeTheDeadline(DatabaseProvider provider)
    {
        await using var store = await Store.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var cycle = await store.CycleAsync(2026);
        var (meeting, _) = await store.Registry.SaveMeetingAsync(cycle, null, Meeting("working-meeting", "2026-03-10"), store.Organisations, ct);

        var late = await store.Registry.SaveCallAsync(cycle, Call("2026-03-11"), store.Organisations, ct);
        var nobody = await store.Registry.SaveCallAsync(cycle, new CallFields { Deadline = "2026-02-01" }, store.Organisations, ct);
        var (call, none) = await store.Registry.SaveCallAsync(cycle, Call("2026-03-01"), store.Organisations, ct);
        var moved = await store.Registry.SaveMeetingAsync(cycle, meeting, Meeting("working-meeting", "2026-02-20"), store.Organisations, ct);

        Assert.Equal([("Deadline", "Call.DeadlineAfterWorkingMeeting")], late.Problems.Select(p => (p.Field, p.Message)));
        Assert.Equal([("Addressees", "Call.AddresseesRequired")], nobody.Problems.Select(p => (p.Field, p.Message)));
        Assert.Empty(none);
        Assert.Equal([("Date", "Meeting.BeforeCallDeadline")], moved.Problems.Select(p => (p.Field, p.Message)));
        await using var read = store.Fresh();
        Assert.Equal(new DateOnly(2026, 3, 1), (await read.InputCalls.SingleAsync(ct)).Deadline);
        Assert.Equal(new DateOnly(2026, 3, 10), (await read.CycleMeetings.SingleAsync(ct)).Date);
        Assert.Equal(call!.Id, (await read.InputCalls.SingleAsync(ct)).Id);
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task SaveAnswer_OwnItemsOnly_OneReportPerInterventionPerCycle(DatabaseProvider provider)
    {
        await using var store = await Store.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var cycle = await store.CycleAsync(2026);
        var (call, _) = await store.Registry.SaveCallAsync(cycle, Call("2026-03-01"), store.Organisations, ct);
        var own = await store.InterventionAsync("own-work", "arvika-kommun");
        var others = await store.InterventionAsync("others-work", "region-varmland");
        var ownKey = AnswerFields.ItemKey(null, own.Id);
        var othersKey = AnswerFields.ItemKey(null, others.Id);

        var notAddressed = await store.Registry.SaveAnswerAsync(call!, store.Organisations["karlstads-kommun"], Answer(ownKey, "on-track"), ct);
        var foreign = await store.Registry.SaveAnswerAsync(call!, store.Organisations["arvika-kommun"], Answer(othersKey, "on-track"), ct);
        var badStatus = await store.Registry.SaveAnswerAsync(call!, store.Organisations["arvika-kommun"], Answer(ownKey, "fine"), ct);
        Assert.Equal(0, await store.Fresh().InputAnswers.CountAsync(ct));
        var first = await store.Registry.SaveAnswerAsync(call!, store.Organisations["arvika-kommun"], Answer(ownKey, "delayed"), ct);
        var second = await store.Registry.SaveAnswerAsync(call!, store.Organisations["arvika-kommun"], Answer(ownKey, "on-track"), ct);

        Assert.Equal([("", "Answer.NotAddressed")], notAddressed.Select(p => (p.Field, p.Message)));
        Assert.Equal([($"Statuses[{othersKey}]", "Answer.ItemUnknown")], foreign.Select(p => (p.Field, p.Message)));
        Assert.Equal([($"Statuses[{ownKey}]", "Answer.StatusInvalid")], badStatus.Select(p => (p.Field, p.Message)));
        Assert.Empty(first);
        Assert.Empty(second);
        await using var read = store.Fresh();
        var report = await read.ProgressReports.SingleAsync(ct);
        Assert.Equal((own.Id, ProgressStatus.OnTrack, "Följt upp i nämnden.", "Mer data."), (report.InterventionId!.Value, report.Status, report.FollowUp, report.Needs));
        Assert.Equal("Samverkan om statistik.", (await read.InputAnswers.SingleAsync(ct)).Needs);

        var progress = await new CycleQueries(read).ProgressForGoalAsync(2026, Strategy.Goals.Single(g => g.Id == Goal), ct);
        Assert.Equal([("others-work", (ProgressStatus?)null), ("own-work", ProgressStatus.OnTrack)], progress.Select(p => (p.Key, p.Report?.Status)));
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task SaveOutcome_UnknownGoal_IsAFieldError_ValidIsListedForTheNextCycle(DatabaseProvider provider)
    {
        await using var store = await Store.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var cycle = await store.CycleAsync(2026);
        var (meeting, _) = await store.Registry.SaveMeetingAsync(cycle, null, Meeting("direction-meeting", "2026-05-20"), store.Organisations, ct);
        var intervention = await store.InterventionAsync("linked-work", "arvika-kommun");
        var references = await store.ReferencesAsync();

        var unknown = await store.Registry.SaveOutcomeAsync(meeting!, null, Outcome(goals: ["no-such-goal"]), references, ct);
        var unlinked = await store.Registry.SaveOutcomeAsync(meeting!, null, Outcome(goals: []), references, ct);
        var badArea = await store.Registry.SaveOutcomeAsync(meeting!, null, Outcome(goals: [Goal], areas: ["no-area"]), references, ct);
        Assert.Equal(0, await store.Fresh().MeetingOutcomes.CountAsync(ct));
        var (outcome, none) = await store.Registry.SaveOutcomeAsync(meeting!, null, Outcome(goals: [Goal], areas: [Cooperation.CooperationAreas[0].Id], interventions: ["linked-work"]), references, ct);

        Assert.Equal([("Goals", "Outcome.GoalUnknown", "no-such-goal")], unknown.Problems.Select(p => (p.Field, p.Message, p.Arguments[0])));
        Assert.Equal([("Goals", "Outcome.LinkRequired")], unlinked.Problems.Select(p => (p.Field, p.Message)));
        Assert.Equal([("CooperationAreas", "Outcome.CooperationAreaUnknown")], badArea.Problems.Select(p => (p.Field, p.Message)));
        Assert.Empty(none);
        Assert.Equal([intervention.Id], outcome!.InterventionIds);
        await using var read = store.Fresh();
        var queries = new CycleQueries(read);
        var next = await queries.PreviousOutcomesForGoalAsync(2027, Strategy.Goals.Single(g => g.Id == Goal), ct);
        var other = await queries.PreviousOutcomesForGoalAsync(2027, Strategy.Goals.First(g => g.Id != Goal), ct);
        Assert.Equal([(outcome.Id, OutcomeKind.ConcentratedEffort, FollowUpStatus.Open, MeetingKind.DirectionMeeting, 2026)],
            next.Select(r => (r.Outcome.Id, r.Outcome.Kind, r.Outcome.FollowUpStatus, r.MeetingKind, r.CycleYear)));
        Assert.Empty(other);
        Assert.Equal(1, await read.AuditEntries.CountAsync(a => a.EntityType == nameof(MeetingOutcome), ct));
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task AddTarget_YearBeforePlanOrUnknownMeasure_AreFieldErrors_ValidIsReadForTheGoal(DatabaseProvider provider)
    {
        await using var store = await Store.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var plan = new Plan { OrganisationId = store.Organisations["arvika-kommun"], Name = "Folkhälsoplan", StartYear = 2026, EndYear = 2028, GoalIds = [Goal] };
        store.Db.Plans.Add(plan);
        await store.Db.SaveChangesAsync(ct);

        var early = await store.Registry.AddTargetAsync(plan, Target("2025", null), Strategy, ct);
        var unknownMeasure = await store.Registry.AddTargetAsync(plan, Target("2028", "no-measure"), Strategy, ct);
        var (target, none) = await store.Registry.AddTargetAsync(plan, Target("2028", null), Strategy, ct);

        Assert.Equal([("Year", "Target.YearBeforePlan", "2026")], early.Problems.Select(p => (p.Field, p.Message, p.Arguments[0])));
        Assert.Equal([("Measure", "Target.MeasureUnknown")], unknownMeasure.Problems.Select(p => (p.Field, p.Message)));
        Assert.Empty(none);
        await using var read = store.Fresh();
        var rows = await new CycleQueries(read).TargetsForGoalAsync(Strategy.Goals.Single(g => g.Id == Goal), ct);
        Assert.Equal([(target!.Id, 75.5, "procent", 2028, "Folkhälsoplan")], rows.Select(r => (r.Target.Id, r.Target.Value, r.Target.Unit, r.Target.Year, r.PlanName)));
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task AddDocument_LinkOrCappedFile_TooLargeIsRejectedBeforeReading(DatabaseProvider provider)
    {
        await using var store = await Store.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var cycle = await store.CycleAsync(2026);
        var (meeting, _) = await store.Registry.SaveMeetingAsync(cycle, null, Meeting("conference", "2026-10-01"), store.Organisations, ct);
        var bytes = "%PDF-1.4 test"u8.ToArray();

        var tooLarge = await store.Registry.AddDocumentAsync(meeting!, new DocumentFields { Title = "Stor" }, new UploadedFile("stor.pdf", "application/pdf", MeetingDocument.MaxFileBytes + 1L, new UnreadableStream()), ct);
        var both = await store.Registry.AddDocumentAsync(meeting!, new DocumentFields { Title = "Båda", Url = "https://example.org/a" }, new UploadedFile("a.pdf", null, bytes.Length, new MemoryStream(bytes)), ct);
        var badLink = await store.Registry.AddDocumentAsync(meeting!, new DocumentFields { Title = "Länk", Url = "javascript:alert(1)" }, null, ct);
        var (link, _) = await store.Registry.AddDocumentAsync(meeting!, new DocumentFields { Title = "Program", Url = "https://example.org/program" }, null, ct);
        var (file, _) = await store.Registry.AddDocumentAsync(meeting!, new DocumentFields { Title = "Nulägesbild" }, new UploadedFile("nulage.pdf", "application/pdf", bytes.Length, new MemoryStream(bytes)), ct);

        Assert.Equal([("File", "Document.TooLarge")], tooLarge.Problems.Select(p => (p.Field, p.Message)));
        Assert.Equal([("Url", "Document.LinkAndFile")], both.Problems.Select(p => (p.Field, p.Message)));
        Assert.Equal([("Url", "Document.UrlInvalid")], badLink.Problems.Select(p => (p.Field, p.Message)));
        await using var read = store.Fresh();
        Assert.Equal([link!.Id, file!.Id], await read.MeetingDocuments.OrderBy(d => d.Id).Select(d => d.Id).ToListAsync(ct));
        Assert.Equal(bytes, (await read.MeetingDocumentFiles.SingleAsync(ct)).Content);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), (await read.MeetingDocuments.SingleAsync(d => d.Id == file.Id, ct)).Sha256);
    }

    private static MeetingFields Meeting(string kind, string date, string invited = "arvika-kommun") =>
        new() { Kind = kind, Date = date, Place = "Karlstad", Invited = [invited, "region-varmland"], Present = ["arvika-kommun"], Agenda = "Nulägesbild" };

    private static CallFields Call(string deadline) =>
        new() { Deadline = deadline, Message = "Rapportera era planer och insatser.", Addressees = ["arvika-kommun", "region-varmland"] };

    private static AnswerFields Answer(string item, string status) => new()
    {
        Needs = "Samverkan om statistik.",
        Statuses = new(StringComparer.Ordinal) { [item] = status },
        FollowUps = new(StringComparer.Ordinal) { [item] = "Följt upp i nämnden." },
        ItemNeeds = new(StringComparer.Ordinal) { [item] = "Mer data." },
    };

    private static OutcomeFields Outcome(List<string> goals, List<string>? areas = null, List<string>? interventions = null) => new()
    {
        Kind = "concentrated-effort",
        Text = "Kraftsamla kring kompetensförsörjningen i vården.",
        Owner = "region-varmland",
        FollowUpDate = "2027-03-01",
        Goals = goals,
        CooperationAreas = areas ?? [],
        Interventions = interventions ?? [],
    };

    private static TargetFields Target(string year, string? measure) =>
        new() { Description = "Andel som mår bra", Value = "75,5", Unit = "procent", Year = year, Measure = measure };

    /// <summary>A stream that fails if read: the size check must come first.</summary>
    private sealed class UnreadableStream : MemoryStream
    {
        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("read");

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => throw new InvalidOperationException("read");
    }

    /// <summary>A migrated database with the bundled organisations and the core services (audited context).</summary>
    private sealed class Store : IAsyncDisposable
    {
        private TestDatabase _database = null!;
        private ServiceProvider _services = null!;
        private AsyncServiceScope _scope;

        public RiktningDb Db { get; private set; } = null!;

        public CycleRegistry Registry { get; private set; } = null!;

        public Dictionary<string, int> Organisations { get; private set; } = null!;

        public static async Task<Store> CreateAsync(DatabaseProvider provider)
        {
            var store = new Store { _database = await TestDatabase.CreateAsync(provider) };
            store._services = store._database.CreateServices();
            store._scope = store._services.CreateAsyncScope();
            store.Db = store._scope.ServiceProvider.GetRequiredService<RiktningDb>();
            store.Registry = store._scope.ServiceProvider.GetRequiredService<CycleRegistry>();
            await store._scope.ServiceProvider.GetRequiredService<OrganisationRegistry>().SyncAsync(Directory.GetFiles(RepositoryPaths.Organisations, "*.csv"));
            store.Organisations = await store.Db.Organisations.ToDictionaryAsync(o => o.Key, o => o.Id, StringComparer.Ordinal);
            return store;
        }

        public RiktningDb Fresh() => _database.CreateContext();

        public async Task<AnnualCycle> CycleAsync(int year)
        {
            var (cycle, problems) = await Registry.SaveCycleAsync(null, new CycleFields { Year = year.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            Assert.Empty(problems);
            return cycle!;
        }

        public async Task<Intervention> InterventionAsync(string key, string organisation)
        {
            var intervention = new Intervention
            {
                Key = key,
                Name = key,
                OrganisationId = Organisations[organisation],
                StartDate = new DateOnly(2026, 1, 1),
                EndDate = new DateOnly(2027, 12, 31),
                Status = InterventionStatus.Ongoing,
                Budget = 1000,
                GoalIds = [Goal],
            };
            Db.Interventions.Add(intervention);
            await Db.SaveChangesAsync();
            return intervention;
        }

        public async Task<CycleReferences> ReferencesAsync() => new(
            Strategy, Cooperation, Organisations, await Db.Interventions.ToDictionaryAsync(i => i.Key, i => i.Id, StringComparer.Ordinal));

        public async ValueTask DisposeAsync()
        {
            await _scope.DisposeAsync();
            await _services.DisposeAsync();
            await _database.DisposeAsync();
        }
    }
}
