namespace Riktning.Plans;

/// <summary>Checks a plan: an owner, a name, a period of three to five whole years, and goals of the current strategy.</summary>
public static class PlanValidator
{
    public const int MinYears = 3;
    public const int MaxYears = 5;

    public static (Plan? Plan, IReadOnlyList<FieldProblem> Problems) Validate(PlanFields fields, PlanningReferences references)
    {
        var problems = new List<FieldProblem>();
        var organisationId = 0;
        if (string.IsNullOrWhiteSpace(fields.Organisation))
        {
            problems.Add(new("Organisation", "Plan.OrganisationRequired"));
        }
        else if (!references.OrganisationIds.TryGetValue(fields.Organisation.Trim(), out organisationId))
        {
            problems.Add(new("Organisation", "Plan.OrganisationUnknown", fields.Organisation));
        }

        var name = fields.Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            problems.Add(new("Name", "Plan.NameRequired"));
        }
        else if (name.Length > 300)
        {
            problems.Add(new("Name", "Plan.NameTooLong"));
        }

        if (fields.Description?.Length > 4000)
        {
            problems.Add(new("Description", "Plan.DescriptionTooLong"));
        }

        var start = Year(fields.StartYear, "StartYear", problems);
        var end = Year(fields.EndYear, "EndYear", problems);
        if (start is { } s && end is { } e && (e - s + 1 < MinYears || e - s + 1 > MaxYears))
        {
            problems.Add(new("EndYear", "Plan.PeriodLength", MinYears.ToString(CultureInfo.InvariantCulture), MaxYears.ToString(CultureInfo.InvariantCulture)));
        }

        var goals = fields.Goals.Where(g => !string.IsNullOrWhiteSpace(g)).Select(g => g.Trim()).Distinct(StringComparer.Ordinal).ToList();
        var known = references.Strategy.Goals.Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        if (goals.Count == 0)
        {
            problems.Add(new("Goals", "Plan.GoalsRequired"));
        }

        foreach (var unknown in goals.Where(g => !known.Contains(g)))
        {
            problems.Add(new("Goals", "Plan.GoalUnknown", unknown));
        }

        var unknownThemes = new List<(string Field, string Id)>();
        var themes = ThemeLinks.Check(references.Strategy, fields.KeysForChange, fields.SmartSpecialisations, fields.Missions, unknownThemes);
        problems.AddRange(unknownThemes.Select(u => new FieldProblem(u.Field, "Planning.ThemeUnknown", u.Id)));

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        return (new Plan
        {
            OrganisationId = organisationId,
            Name = name,
            Description = string.IsNullOrWhiteSpace(fields.Description) ? null : fields.Description.Trim(),
            StartYear = start!.Value,
            EndYear = end!.Value,
            GoalIds = goals,
            KeyForChangeIds = [.. themes.KeysForChange],
            SmartSpecialisationIds = [.. themes.SmartSpecialisations],
            MissionIds = [.. themes.Missions],
        }, problems);
    }

    private static int? Year(string? text, string field, List<FieldProblem> problems)
    {
        if (int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2100)
        {
            return year;
        }

        problems.Add(new(field, "Plan.YearInvalid"));
        return null;
    }
}
