namespace Riktning.Plans;

/// <summary>
/// The one set of rules for interventions, used by the forms and the bulk import alike: required fields, a period that
/// ends after it starts, financing that does not exceed the budget, goals and indicators of the current strategy, and
/// a motivation for every perspective judged positive or negative.
/// </summary>
public static class InterventionValidator
{
    private const int TextLimit = 4000;

    public static (Intervention? Intervention, IReadOnlyList<FieldProblem> Problems) Validate(InterventionFields fields, PlanningReferences references)
    {
        var problems = new List<FieldProblem>();

        var key = fields.Key?.Trim() ?? "";
        if (key.Length == 0)
        {
            problems.Add(new("Key", "Intervention.KeyRequired"));
        }
        else if (!OrganisationCsvReader.IsKey(key))
        {
            problems.Add(new("Key", "Intervention.KeyInvalid"));
        }

        var name = fields.Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            problems.Add(new("Name", "Intervention.NameRequired"));
        }
        else if (name.Length > 300)
        {
            problems.Add(new("Name", "Intervention.NameTooLong"));
        }

        var organisationId = 0;
        if (string.IsNullOrWhiteSpace(fields.Organisation))
        {
            problems.Add(new("Organisation", "Intervention.OrganisationRequired"));
        }
        else if (!references.OrganisationIds.TryGetValue(fields.Organisation.Trim(), out organisationId))
        {
            problems.Add(new("Organisation", "Intervention.OrganisationUnknown", fields.Organisation.Trim()));
        }

        var partners = new List<int>();
        foreach (var partner in fields.Partners.Select(p => p.Trim()).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal))
        {
            if (references.OrganisationIds.TryGetValue(partner, out var partnerId))
            {
                partners.Add(partnerId);
            }
            else
            {
                problems.Add(new("Partners", "Intervention.OrganisationUnknown", partner));
            }
        }

        int? planId = null;
        if (!string.IsNullOrWhiteSpace(fields.Plan))
        {
            if (int.TryParse(fields.Plan.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var plan) && references.PlanIds.Contains(plan))
            {
                planId = plan;
            }
            else
            {
                problems.Add(new("Plan", "Intervention.PlanUnknown", fields.Plan.Trim()));
            }
        }

        var start = Date(fields.StartDate, "StartDate", problems);
        var end = Date(fields.EndDate, "EndDate", problems);
        if (start is { } s && end is { } e && e < s)
        {
            problems.Add(new("EndDate", "Intervention.EndBeforeStart"));
        }

        if (!PlanningSpelling.TryParse<InterventionStatus>(fields.Status, out var status))
        {
            problems.Add(new("Status", "Intervention.StatusInvalid"));
        }

        var budget = Amount(fields.Budget, "Budget", problems, required: true);

        var financing = new List<Financing>();
        foreach (var (sourceText, amountText) in fields.Financing)
        {
            if (!PlanningSpelling.TryParse<FinancingSource>(sourceText, out var source))
            {
                problems.Add(new($"Financing[{sourceText}]", "Intervention.FinancingSourceUnknown", sourceText));
            }
            else if (Amount(amountText, $"Financing[{sourceText}]", problems, required: false) is { } amount and > 0)
            {
                financing.Add(new Financing(source, amount));
            }
        }

        financing.Sort((a, b) => a.Source.CompareTo(b.Source));
        var financed = financing.Sum(f => f.Amount);
        if (budget is { } total && financed > total)
        {
            problems.Add(new("Budget", "Intervention.FinancingExceedsBudget",
                financed.ToString(CultureInfo.InvariantCulture), total.ToString(CultureInfo.InvariantCulture)));
        }

        var goals = Distinct(fields.Goals);
        var knownGoals = references.Strategy.Goals.Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        if (goals.Count == 0)
        {
            problems.Add(new("Goals", "Intervention.GoalsRequired"));
        }

        problems.AddRange(goals.Where(g => !knownGoals.Contains(g)).Select(g => new FieldProblem("Goals", "Intervention.GoalUnknown", g)));

        var indicators = Distinct(fields.Indicators);
        var knownIndicators = references.Strategy.Indicators.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(indicators.Where(i => !knownIndicators.Contains(i)).Select(i => new FieldProblem("Indicators", "Intervention.IndicatorUnknown", i)));

        var unknownThemes = new List<(string Field, string Id)>();
        var themes = ThemeLinks.Check(references.Strategy, fields.KeysForChange, fields.SmartSpecialisations, fields.Missions, unknownThemes);
        problems.AddRange(unknownThemes.Select(u => new FieldProblem(u.Field, "Planning.ThemeUnknown", u.Id)));

        foreach (var (field, value) in new[]
        {
            ("Description", fields.Description), ("CurrentState", fields.CurrentState), ("Activities", fields.Activities),
            ("Results", fields.Results), ("Effects", fields.Effects), ("GoalContribution", fields.GoalContribution),
        })
        {
            if (value?.Length > TextLimit)
            {
                problems.Add(new(field, "Intervention.TextTooLong", TextLimit.ToString(CultureInfo.InvariantCulture)));
            }
        }

        var perspectives = new List<PerspectiveAssessment>();
        var knownPerspectives = references.Strategy.Perspectives.Select(p => p.Id).ToList();
        foreach (var unknown in fields.Assessments.Keys.Concat(fields.Motivations.Keys).Where(k => !knownPerspectives.Contains(k, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal))
        {
            problems.Add(new($"Assessments[{unknown}]", "Intervention.PerspectiveUnknown", unknown));
        }

        foreach (var perspective in knownPerspectives)
        {
            var effectText = fields.Assessments.GetValueOrDefault(perspective);
            var effect = PerspectiveEffect.Neutral;
            if (!string.IsNullOrWhiteSpace(effectText) && !PlanningSpelling.TryParse(effectText, out effect))
            {
                problems.Add(new($"Assessments[{perspective}]", "Intervention.EffectInvalid", perspective));
                continue;
            }

            var motivation = fields.Motivations.GetValueOrDefault(perspective)?.Trim();
            motivation = string.IsNullOrEmpty(motivation) ? null : motivation;
            if (effect != PerspectiveEffect.Neutral && motivation is null)
            {
                problems.Add(new($"Motivations[{perspective}]", "Intervention.MotivationRequired", perspective));
            }
            else if (motivation?.Length > TextLimit)
            {
                problems.Add(new($"Motivations[{perspective}]", "Intervention.TextTooLong", TextLimit.ToString(CultureInfo.InvariantCulture)));
            }

            perspectives.Add(new PerspectiveAssessment(perspective, effect, motivation));
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        return (new Intervention
        {
            Key = key,
            Name = name,
            Description = Text(fields.Description),
            OrganisationId = organisationId,
            PartnerIds = partners.Where(p => p != organisationId).ToList(),
            PlanId = planId,
            StartDate = start!.Value,
            EndDate = end!.Value,
            Status = status,
            Budget = budget!.Value,
            Financing = financing,
            GoalIds = goals,
            IndicatorIds = indicators,
            KeyForChangeIds = [.. themes.KeysForChange],
            SmartSpecialisationIds = [.. themes.SmartSpecialisations],
            MissionIds = [.. themes.Missions],
            CurrentState = Text(fields.CurrentState),
            Activities = Text(fields.Activities),
            Results = Text(fields.Results),
            Effects = Text(fields.Effects),
            GoalContribution = Text(fields.GoalContribution),
            Perspectives = perspectives,
        }, problems);
    }

    /// <summary>Copies every stored value but the id, so an edit or a re-import updates the tracked row in place.</summary>
    public static void CopyTo(Intervention source, Intervention target)
    {
        target.Key = source.Key;
        target.Name = source.Name;
        target.Description = source.Description;
        target.OrganisationId = source.OrganisationId;
        target.PartnerIds = source.PartnerIds;
        target.PlanId = source.PlanId;
        target.StartDate = source.StartDate;
        target.EndDate = source.EndDate;
        target.Status = source.Status;
        target.Budget = source.Budget;
        target.Financing = source.Financing;
        target.GoalIds = source.GoalIds;
        target.IndicatorIds = source.IndicatorIds;
        target.KeyForChangeIds = source.KeyForChangeIds;
        target.SmartSpecialisationIds = source.SmartSpecialisationIds;
        target.MissionIds = source.MissionIds;
        target.CurrentState = source.CurrentState;
        target.Activities = source.Activities;
        target.Results = source.Results;
        target.Effects = source.Effects;
        target.GoalContribution = source.GoalContribution;
        target.Perspectives = source.Perspectives;
    }

    private static List<string> Distinct(IEnumerable<string> values) =>
        values.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static DateOnly? Date(string? text, string field, List<FieldProblem> problems)
    {
        if (DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add(new(field, "Intervention.DateInvalid"));
        return null;
    }

    /// <summary>Whole SEK; spaces between thousands are allowed (<c>1 500 000</c>), decimals are not.</summary>
    private static long? Amount(string? text, string field, List<FieldProblem> problems, bool required)
    {
        var digits = text?.Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal) ?? "";
        if (digits.Length == 0)
        {
            if (required)
            {
                problems.Add(new(field, "Intervention.AmountRequired"));
            }

            return null;
        }

        if (long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var amount) && amount <= 1_000_000_000_000)
        {
            return amount;
        }

        problems.Add(new(field, "Intervention.AmountInvalid"));
        return null;
    }
}
