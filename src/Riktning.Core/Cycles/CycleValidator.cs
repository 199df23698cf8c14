using Riktning.Plans;

namespace Riktning.Cycles;

/// <summary>
/// The rules of the annual cycle's forms, pure: a cycle year, meetings dated within their cycle's year, a call whose
/// deadline is not after the working meeting, outcomes linked only to what the current strategy, the cooperation
/// framework and the store know, and plan targets not set for a year before the plan starts. Problems name the field.
/// </summary>
public static class CycleValidator
{
    public const int TextLimit = 4000;
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    public static (int? Year, IReadOnlyList<FieldProblem> Problems) Cycle(CycleFields fields)
    {
        var problems = new List<FieldProblem>();
        var year = Year(fields.Year, "Year", "Cycle.YearInvalid", problems);
        Limit(fields.Notes, "Notes", problems);
        return (problems.Count == 0 ? year : null, problems);
    }

    public static (CycleMeeting? Meeting, IReadOnlyList<FieldProblem> Problems) Meeting(MeetingFields fields, int cycleYear, IReadOnlyDictionary<string, int> organisations)
    {
        var problems = new List<FieldProblem>();
        if (!PlanningSpelling.TryParse<MeetingKind>(fields.Kind, out var kind))
        {
            problems.Add(new("Kind", "Meeting.KindInvalid"));
        }

        var date = Date(fields.Date, "Date", "Cycle.DateInvalid", problems);
        if (date is { } d && d.Year != cycleYear)
        {
            problems.Add(new("Date", "Meeting.DateOutsideYear", cycleYear.ToString(CultureInfo.InvariantCulture)));
        }

        if (fields.Place?.Trim().Length > 300)
        {
            problems.Add(new("Place", "Cycle.TextTooLong", "300"));
        }

        Limit(fields.Agenda, "Agenda", problems);
        var invited = Organisations(fields.Invited, "Invited", organisations, problems);
        var present = Organisations(fields.Present, "Present", organisations, problems);
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        return (new CycleMeeting { Kind = kind, Date = date!.Value, Place = Text(fields.Place), InvitedIds = invited, PresentIds = present, Agenda = Text(fields.Agenda) }, problems);
    }

    public static (InputCall? Call, IReadOnlyList<FieldProblem> Problems) Call(CallFields fields, int cycleYear, DateOnly? workingMeeting, IReadOnlyDictionary<string, int> organisations)
    {
        var problems = new List<FieldProblem>();
        var deadline = Date(fields.Deadline, "Deadline", "Cycle.DateInvalid", problems);
        if (deadline is { } d && workingMeeting is { } meeting && d > meeting)
        {
            problems.Add(new("Deadline", "Call.DeadlineAfterWorkingMeeting", meeting.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }
        else if (deadline is { } early && (early.Year < cycleYear - 1 || early.Year > cycleYear))
        {
            problems.Add(new("Deadline", "Call.DeadlineOutsideYear", cycleYear.ToString(CultureInfo.InvariantCulture)));
        }

        Limit(fields.Message, "Message", problems);
        var addressees = Organisations(fields.Addressees, "Addressees", organisations, problems);
        if (addressees.Count == 0 && !problems.Any(p => p.Field == "Addressees"))
        {
            problems.Add(new("Addressees", "Call.AddresseesRequired"));
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        return (new InputCall { Deadline = deadline!.Value, Message = Text(fields.Message), AddresseeIds = addressees }, problems);
    }

    public static (MeetingOutcome? Outcome, IReadOnlyList<FieldProblem> Problems) Outcome(OutcomeFields fields, CycleReferences references)
    {
        var problems = new List<FieldProblem>();
        if (!PlanningSpelling.TryParse<OutcomeKind>(fields.Kind, out var kind))
        {
            problems.Add(new("Kind", "Outcome.KindInvalid"));
        }

        var text = fields.Text?.Trim() ?? "";
        if (text.Length == 0)
        {
            problems.Add(new("Text", "Outcome.TextRequired"));
        }
        else
        {
            Limit(text, "Text", problems);
        }

        var owner = 0;
        if (string.IsNullOrWhiteSpace(fields.Owner))
        {
            problems.Add(new("Owner", "Outcome.OwnerRequired"));
        }
        else if (!references.OrganisationIds.TryGetValue(fields.Owner.Trim(), out owner))
        {
            problems.Add(new("Owner", "Cycle.OrganisationUnknown", fields.Owner.Trim()));
        }

        var date = Date(fields.FollowUpDate, "FollowUpDate", "Cycle.DateInvalid", problems);
        var status = FollowUpStatus.Open;
        if (!string.IsNullOrWhiteSpace(fields.FollowUpStatus) && !PlanningSpelling.TryParse(fields.FollowUpStatus, out status))
        {
            problems.Add(new("FollowUpStatus", "Outcome.FollowUpStatusInvalid"));
        }

        Limit(fields.FollowUpNote, "FollowUpNote", problems);

        var goals = Known(fields.Goals, references.Strategy.Goals.Select(g => g.Id), "Goals", "Outcome.GoalUnknown", problems);
        var indicators = Known(fields.Indicators, references.Strategy.Indicators.Select(i => i.Id), "Indicators", "Outcome.IndicatorUnknown", problems);
        var areas = Known(fields.CooperationAreas, references.Cooperation?.CooperationAreas.Select(a => a.Id) ?? [], "CooperationAreas", "Outcome.CooperationAreaUnknown", problems);
        var interventions = new List<int>();
        foreach (var key in Distinct(fields.Interventions))
        {
            if (references.InterventionIds.TryGetValue(key, out var id))
            {
                interventions.Add(id);
            }
            else
            {
                problems.Add(new("Interventions", "Outcome.InterventionUnknown", key));
            }
        }

        if (goals.Count + indicators.Count + areas.Count + interventions.Count == 0 && problems.Count == 0)
        {
            problems.Add(new("Goals", "Outcome.LinkRequired"));
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        return (new MeetingOutcome
        {
            Kind = kind,
            Text = text,
            OwnerOrganisationId = owner,
            FollowUpDate = date!.Value,
            FollowUpStatus = status,
            FollowUpNote = Text(fields.FollowUpNote),
            GoalIds = goals,
            IndicatorIds = indicators,
            InterventionIds = interventions,
            CooperationAreaIds = areas,
        }, problems);
    }

    public static (PlanTarget? Target, IReadOnlyList<FieldProblem> Problems) Target(TargetFields fields, int planStartYear, StrategyDefinition strategy)
    {
        var problems = new List<FieldProblem>();
        var description = fields.Description?.Trim() ?? "";
        if (description.Length == 0)
        {
            problems.Add(new("Description", "Target.DescriptionRequired"));
        }
        else if (description.Length > 300)
        {
            problems.Add(new("Description", "Cycle.TextTooLong", "300"));
        }

        var valueText = fields.Value?.Trim().Replace(',', '.').Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal) ?? "";
        if (!double.TryParse(valueText, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            problems.Add(new("Value", "Target.ValueInvalid"));
        }

        var unit = fields.Unit?.Trim() ?? "";
        if (unit.Length == 0)
        {
            problems.Add(new("Unit", "Target.UnitRequired"));
        }
        else if (unit.Length > 50)
        {
            problems.Add(new("Unit", "Cycle.TextTooLong", "50"));
        }

        var year = Year(fields.Year, "Year", "Target.YearInvalid", problems);
        if (year is { } y && y < planStartYear)
        {
            problems.Add(new("Year", "Target.YearBeforePlan", planStartYear.ToString(CultureInfo.InvariantCulture)));
        }

        var measure = Text(fields.Measure);
        if (measure is not null && !strategy.Measures.Any(m => m.Id == measure))
        {
            problems.Add(new("Measure", "Target.MeasureUnknown", measure));
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        return (new PlanTarget { Description = description, Value = value, Unit = unit, Year = year!.Value, MeasureId = measure }, problems);
    }

    /// <summary>Checks a free text against the common limit; adds a problem under <paramref name="field"/>.</summary>
    public static void Limit(string? text, string field, List<FieldProblem> problems)
    {
        if (text?.Trim().Length > TextLimit)
        {
            problems.Add(new(field, "Cycle.TextTooLong", TextLimit.ToString(CultureInfo.InvariantCulture)));
        }
    }

    public static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static List<string> Distinct(IEnumerable<string> values) =>
        values.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    private static List<string> Known(IEnumerable<string> values, IEnumerable<string> known, string field, string message, List<FieldProblem> problems)
    {
        var set = known.ToHashSet(StringComparer.Ordinal);
        var list = Distinct(values);
        problems.AddRange(list.Where(v => !set.Contains(v)).Select(v => new FieldProblem(field, message, v)));
        return list;
    }

    private static List<int> Organisations(IEnumerable<string> keys, string field, IReadOnlyDictionary<string, int> organisations, List<FieldProblem> problems)
    {
        var ids = new List<int>();
        foreach (var key in Distinct(keys))
        {
            if (organisations.TryGetValue(key, out var id))
            {
                ids.Add(id);
            }
            else
            {
                problems.Add(new(field, "Cycle.OrganisationUnknown", key));
            }
        }

        return ids;
    }

    private static int? Year(string? text, string field, string message, List<FieldProblem> problems)
    {
        if (int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= MinYear and <= MaxYear)
        {
            return year;
        }

        problems.Add(new(field, message));
        return null;
    }

    private static DateOnly? Date(string? text, string field, string message, List<FieldProblem> problems)
    {
        if (DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add(new(field, message));
        return null;
    }
}
