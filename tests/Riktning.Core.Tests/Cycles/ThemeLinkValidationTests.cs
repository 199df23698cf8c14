using Riktning.Plans;
using Riktning.Strategy;
using Riktning.Testing;

namespace Riktning.Core.Tests.Cycles;

/// <summary>Plans and interventions link to keys for change, smart specialisations and missions of the current strategy only.</summary>
public sealed class ThemeLinkValidationTests
{
    private static readonly PlanningReferences References = new(
        DefinitionReader.ReadFile(RepositoryPaths.Strategies("varmlandsstrategin-2040.yaml")).Definition,
        new Dictionary<string, int>(StringComparer.Ordinal) { ["arvika-kommun"] = 4 },
        new HashSet<int>());

    [Fact]
    public void ValidatePlan_KnownThemes_AreStoredDistinct()
    {
        var fields = new PlanFields
        {
            Organisation = "arvika-kommun",
            Name = "Plan",
            StartYear = "2025",
            EndYear = "2027",
            Goals = ["god-och-jamlik-halsa"],
            KeysForChange = ["vi-leder-modigt", " vi-leder-modigt "],
            SmartSpecialisations = ["dataspel-och-spelifiering"],
            Missions = ["smart-hallbart-energisystem"],
        };

        var (plan, problems) = PlanValidator.Validate(fields, References);

        Assert.Empty(problems);
        Assert.Equal(["vi-leder-modigt"], plan!.KeyForChangeIds);
        Assert.Equal(["dataspel-och-spelifiering"], plan.SmartSpecialisationIds);
        Assert.Equal(["smart-hallbart-energisystem"], plan.MissionIds);
    }

    [Fact]
    public void ValidateIntervention_UnknownThemes_AreFieldErrorsPerList()
    {
        var fields = new InterventionFields
        {
            Key = "k",
            Name = "N",
            Organisation = "arvika-kommun",
            StartDate = "2026-01-01",
            EndDate = "2026-12-31",
            Status = "planned",
            Budget = "1",
            Goals = ["god-och-jamlik-halsa"],
            KeysForChange = ["vi-leder-fegt"],
            SmartSpecialisations = ["skoglig-bioekonomi", "rymdfart"],
            Missions = ["mars"],
        };

        var (intervention, problems) = InterventionValidator.Validate(fields, References);

        Assert.Null(intervention);
        Assert.Equal(
            [("KeysForChange", "vi-leder-fegt"), ("SmartSpecialisations", "rymdfart"), ("Missions", "mars")],
            problems.Select(p => (p.Field, p.Arguments[0])));
        Assert.All(problems, p => Assert.Equal("Planning.ThemeUnknown", p.Message));
    }
}
