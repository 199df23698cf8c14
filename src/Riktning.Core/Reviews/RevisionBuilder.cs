using Riktning.Text;

namespace Riktning.Reviews;

/// <summary>
/// Checks a proposed change against a strategy revision and applies accepted ones to it. Pure: the definition and the
/// measures the strategy has had in any revision in, a definition or field problems out. Indicators carried over keep
/// their ids and their <see cref="Measure"/> records unchanged, and a rebind uses a measure the strategy already had,
/// so the statistics stored under those measure ids stay the indicators' series in the new revision.
/// </summary>
public static class RevisionBuilder
{
    public const int MaxNameLength = 300;
    public const int MaxReasonLength = 4000;

    /// <summary>The problems of a proposal against <paramref name="definition"/>; none when it can be applied.</summary>
    public static IReadOnlyList<FieldProblem> Check(StrategyDefinition definition, IReadOnlyDictionary<string, Measure> known, ReviewProposal proposal)
    {
        var problems = new List<FieldProblem>();
        var indicators = definition.Goals.SelectMany(g => g.Indicators.Select(i => (Goal: g, Indicator: i))).ToDictionary(x => x.Indicator.Id, StringComparer.Ordinal);
        var owner = definition.Indicators.SelectMany(i => i.Measures.Select(m => (Measure: m.Id, Indicator: i.Id)))
            .ToDictionary(x => x.Measure, x => x.Indicator, StringComparer.Ordinal);
        var id = proposal.IndicatorId;

        if (proposal.Kind == ProposalKind.Add)
        {
            if (id.Length == 0)
            {
                problems.Add(new("Indicator", "Review.IndicatorRequired"));
            }
            else if (!DefinitionReader.IsValidId(id) || id.Length > 100)
            {
                problems.Add(new("Indicator", "Review.IndicatorIdInvalid", id));
            }
            else if (indicators.ContainsKey(id))
            {
                problems.Add(new("Indicator", "Review.IndicatorExists", id));
            }
            else if (proposal.MeasureId is null && known.ContainsKey(id))
            {
                // Without a measure named, the new indicator gets a new measure of its own id: it must not take an old one's series.
                problems.Add(new("Measure", "Review.MeasureIdTaken", id));
            }

            if (proposal.GoalId is null)
            {
                problems.Add(new("Goal", "Review.GoalRequired"));
            }
            else if (!definition.Goals.Any(g => g.Id == proposal.GoalId))
            {
                problems.Add(new("Goal", "Review.GoalUnknown", proposal.GoalId));
            }

            CheckName(proposal.Name, problems);
            if (proposal.MeasureId is { } measure)
            {
                CheckFreeMeasure(measure, known, owner, problems);
            }
        }
        else if (id.Length == 0)
        {
            problems.Add(new("Indicator", "Review.IndicatorRequired"));
        }
        else if (!indicators.TryGetValue(id, out var found))
        {
            problems.Add(new("Indicator", "Review.IndicatorUnknown", id));
        }
        else if (proposal.Kind == ProposalKind.Rename)
        {
            CheckName(proposal.Name, problems);
        }
        else if (proposal.Kind == ProposalKind.Rebind)
        {
            if (proposal.MeasureId is not { } measure)
            {
                problems.Add(new("Measure", "Review.MeasureRequired"));
            }
            else if (found.Indicator.Measures.Any(m => m.Id == measure))
            {
                problems.Add(new("Measure", "Review.MeasureAlreadyBound", measure));
            }
            else
            {
                CheckFreeMeasure(measure, known, owner, problems);
            }

            if (proposal.ReplacedMeasureId is { } replaced && !found.Indicator.Measures.Any(m => m.Id == replaced))
            {
                problems.Add(new("ReplacedMeasure", "Review.ReplacedMeasureUnknown", replaced));
            }
        }

        if (proposal.Reason.Length == 0)
        {
            problems.Add(new("Reason", "Review.ReasonRequired"));
        }
        else if (proposal.Reason.Length > MaxReasonLength)
        {
            problems.Add(new("Reason", "Review.TextTooLong", MaxReasonLength.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return problems;
    }

    /// <summary>
    /// Applies the proposals in order to <paramref name="definition"/>, each checked against the result of the ones
    /// before it (two accepted proposals may contradict each other: a drop and then a rename of the same indicator).
    /// </summary>
    public static (StrategyDefinition? Definition, IReadOnlyList<FieldProblem> Problems) ApplyAll(
        StrategyDefinition definition, IReadOnlyDictionary<string, Measure> known, IEnumerable<ReviewProposal> proposals)
    {
        foreach (var proposal in proposals)
        {
            if (Check(definition, known, proposal) is { Count: > 0 } problems)
            {
                return (null, [.. problems.Select(p => new FieldProblem("Proposals", "Review.ProposalNoLongerApplies",
                    proposal.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), proposal.IndicatorId, p.Message))]);
            }

            definition = Apply(definition, known, proposal);
        }

        return (definition, []);
    }

    /// <summary>Applies one proposal that <see cref="Check"/> passed.</summary>
    public static StrategyDefinition Apply(StrategyDefinition definition, IReadOnlyDictionary<string, Measure> known, ReviewProposal proposal) =>
        definition with
        {
            FocusAreas = [.. definition.FocusAreas.Select(area => area with { Goals = [.. area.Goals.Select(goal => goal with { Indicators = Indicators(goal, known, proposal) })] })],
        };

    private static IReadOnlyList<Indicator> Indicators(Goal goal, IReadOnlyDictionary<string, Measure> known, ReviewProposal proposal)
    {
        var name = proposal.Name is null ? null : new LocalizedText(proposal.Name);
        switch (proposal.Kind)
        {
            case ProposalKind.Add when goal.Id == proposal.GoalId:
                var measure = proposal.MeasureId is { } measureId
                    ? known[measureId]
                    : new Measure(proposal.IndicatorId, name!, null, null, new MeasureSource(SourceType.None, null, null));
                return [.. goal.Indicators, new Indicator(proposal.IndicatorId, name!, null, measure.Direction ?? Direction.ToBeDecided, [], [measure])];
            case ProposalKind.Drop:
                return [.. goal.Indicators.Where(i => i.Id != proposal.IndicatorId)];
            case ProposalKind.Rename:
                return [.. goal.Indicators.Select(i => i.Id == proposal.IndicatorId ? i with { Name = name! } : i)];
            case ProposalKind.Rebind:
                return [.. goal.Indicators.Select(i => i.Id != proposal.IndicatorId ? i : i with { Measures = Rebound(i, known[proposal.MeasureId!], proposal.ReplacedMeasureId) })];
            default:
                return goal.Indicators;
        }
    }

    private static IReadOnlyList<Measure> Rebound(Indicator indicator, Measure measure, string? replaced) =>
        replaced is null ? [measure] : [.. indicator.Measures.Select(m => m.Id == replaced ? measure : m)];

    private static void CheckName(string? name, List<FieldProblem> problems)
    {
        if (name is null)
        {
            problems.Add(new("Name", "Review.NameRequired"));
        }
        else if (name.Length > MaxNameLength)
        {
            problems.Add(new("Name", "Review.TextTooLong", MaxNameLength.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    private static void CheckFreeMeasure(string measure, IReadOnlyDictionary<string, Measure> known, Dictionary<string, string> owner, List<FieldProblem> problems)
    {
        if (!known.ContainsKey(measure))
        {
            problems.Add(new("Measure", "Review.MeasureUnknown", measure));
        }
        else if (owner.TryGetValue(measure, out var other))
        {
            // A measure follows one indicator in a revision; moving it is a drop or rebind of the other first.
            problems.Add(new("Measure", "Review.MeasureInUse", measure, other));
        }
    }
}
