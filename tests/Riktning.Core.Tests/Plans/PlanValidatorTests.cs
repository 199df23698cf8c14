using Riktning.Plans;
using Riktning.Strategy;
using Riktning.Testing;

namespace Riktning.Core.Tests.Plans;

public sealed class PlanValidatorTests
{
    private static readonly PlanningReferences References = new(
        DefinitionReader.ReadFile(RepositoryPaths.Strategies("varmlandsstrategin-2040.yaml")).Definition,
        new Dictionary<string, int>(StringComparer.Ordinal) { ["arvika-kommun"] = 4 },
        new HashSet<int>());

    [Theory]
    [InlineData("2025", "2027", true)]
    [InlineData("2025", "2029", true)]
    [InlineData("2025", "2026", false)]
    [InlineData("2025", "2030", false)]
    [InlineData("2027", "2025", false)]
    public void Validate_Period_AcceptsThreeToFiveYears(string start, string end, bool valid)
    {
        var fields = new PlanFields { Organisation = "arvika-kommun", Name = "Handlingsplan", StartYear = start, EndYear = end, Goals = ["god-och-jamlik-halsa"] };

        var (plan, problems) = PlanValidator.Validate(fields, References);

        Assert.Equal(valid, plan is not null);
        Assert.Equal(valid, problems.Count == 0);
        if (!valid)
        {
            Assert.Equal(("EndYear", "Plan.PeriodLength"), (problems[0].Field, problems[0].Message));
        }
    }

    [Fact]
    public void Validate_UnknownGoalAndOwner_NamesBoth()
    {
        var fields = new PlanFields { Organisation = "x", Name = "P", StartYear = "2025", EndYear = "2027", Goals = ["nope"] };

        var problems = PlanValidator.Validate(fields, References).Problems.Select(p => (p.Field, p.Message)).ToList();

        Assert.Equal([("Organisation", "Plan.OrganisationUnknown"), ("Goals", "Plan.GoalUnknown")], problems);
    }
}
