using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Riktning.Cycles;
using Riktning.Data;
using Riktning.Organisations;
using Riktning.Strategy;

namespace Riktning.Web.Tests.Cycles;

/// <summary>
/// Two years of the annual cycle for the browser fixture, written through <see cref="CycleRegistry"/> as the forms do:
/// 2025 with a direction meeting and an outcome, 2026 with all three meetings, a document, a call answered by Arvika
/// and outcomes; the fixture's plan gets a target and links to a key for change, a smart specialisation and a mission.
/// </summary>
public static class CycleBrowserSeed
{
    public const int Year = 2026;
    public const string Answering = "arvika-kommun";
    public const string KeyForChange = "vi-samverkar-pa-nya-satt";
    public const string SmartSpecialisation = "digital-halsoinnovation";
    public const string Mission = "hallbara-halsosamma-och-jamstallda-smarta-samhallen";

    public static async Task SeedAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var registry = scope.ServiceProvider.GetRequiredService<CycleRegistry>();
        var db = scope.ServiceProvider.GetRequiredService<RiktningDb>();
        var catalog = scope.ServiceProvider.GetRequiredService<StrategyCatalog>();
        var strategy = (await catalog.GetFirstOfKindAsync(DefinitionKind.Strategy))!.Definition;
        var cooperation = (await catalog.GetFirstOfKindAsync(DefinitionKind.Cooperation))?.Definition;
        var organisations = (await scope.ServiceProvider.GetRequiredService<OrganisationRegistry>().ListAsync()).ToDictionary(o => o.Key, o => o.Id, StringComparer.Ordinal);
        var references = new CycleReferences(strategy, cooperation, organisations, await db.Interventions.ToDictionaryAsync(i => i.Key, i => i.Id, StringComparer.Ordinal));

        var plan = await db.Plans.OrderBy(p => p.Id).FirstAsync();
        (plan.KeyForChangeIds, plan.SmartSpecialisationIds, plan.MissionIds) = ([KeyForChange], [SmartSpecialisation], [Mission]);
        await db.SaveChangesAsync();
        Check(await registry.AddTargetAsync(plan, new TargetFields { Description = "Andel unga som mår bra", Value = "75", Unit = "procent", Year = "2028" }, strategy));

        var (previous, _) = await registry.SaveCycleAsync(null, new CycleFields { Year = "2025" });
        var (earlier, _) = await registry.SaveMeetingAsync(previous!, null, Meeting("direction-meeting", "2025-05-20"), organisations);
        Check(await registry.SaveOutcomeAsync(earlier!, null, Outcome("concentrated-effort", "Kraftsamla kring ungas psykiska hälsa.", "in-progress"), references));

        var (cycle, _) = await registry.SaveCycleAsync(null, new CycleFields { Year = "2026", Notes = "Årshjulet 2026 för Värmlandsstrategin." });
        var (call, _) = await registry.SaveCallAsync(cycle!, new CallFields { Deadline = "2026-02-15", Message = "Rapportera läget i era planer och insatser.", Addressees = [Answering, "karlstads-kommun", "region-varmland"] }, organisations);
        var (working, _) = await registry.SaveMeetingAsync(cycle!, null, Meeting("working-meeting", "2026-03-10"), organisations);
        var (direction, _) = await registry.SaveMeetingAsync(cycle!, null, Meeting("direction-meeting", "2026-05-20"), organisations);
        Check(await registry.SaveMeetingAsync(cycle!, null, Meeting("conference", "2026-10-08"), organisations));
        Check(await registry.AddDocumentAsync(working!, new DocumentFields { Title = "Nulägesbild 2026", Url = "https://example.org/nulagesbild-2026" }, null));
        Check(await registry.SaveOutcomeAsync(working!, null, Outcome("observation", "Ohälsan bland unga ökar i flera kommuner.", "open"), references));
        Check(await registry.SaveOutcomeAsync(direction!, null, Outcome("shared-learning", "Gemensamt lärande om förebyggande arbete.", "open"), references));

        var intervention = await db.Interventions.OrderBy(i => i.Id).FirstAsync();
        var key = AnswerFields.ItemKey(null, intervention.Id);
        var problems = await registry.SaveAnswerAsync(call!, organisations[Answering], new AnswerFields
        {
            Needs = "Gemensam statistik för unga.",
            Statuses = new(StringComparer.Ordinal) { [key] = "on-track" },
            FollowUps = new(StringComparer.Ordinal) { [key] = "Följs upp i nämnden varje kvartal." },
        });
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(string.Join("; ", problems));
        }
    }

    private static MeetingFields Meeting(string kind, string date) =>
        new() { Kind = kind, Date = date, Place = "Karlstad", Invited = [Answering, "region-varmland"], Present = ["region-varmland"], Agenda = "Nulägesbild och kraftsamling." };

    private static OutcomeFields Outcome(string kind, string text, string status) => new()
    {
        Kind = kind,
        Text = text,
        Owner = "region-varmland",
        FollowUpDate = "2026-12-01",
        FollowUpStatus = status,
        Goals = ["god-och-jamlik-halsa"],
        Interventions = ["fixture-halsolyft"],
    };

    private static void Check<T>((T? Value, IReadOnlyList<Riktning.FieldProblem> Problems) result)
    {
        if (result.Problems.Count > 0)
        {
            throw new InvalidOperationException(string.Join("; ", result.Problems));
        }
    }
}
