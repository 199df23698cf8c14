namespace Riktning.CrossBorder;

public static class ActivityValidator
{
    public static (CrossBorderActivity? Value, IReadOnlyList<FieldProblem> Problems) Validate(ActivityInput input, CrossBorderReferences references)
    {
        var errors = new List<FieldProblem>();
        var check = new FieldChecks(errors);
        var kind = check.Choice<ActivityKind>("kind", input.Kind);
        var title = check.Text("title", input.Title, 300);
        var date = check.Date("date", input.Date, required: true);
        var place = check.Text("place", input.Place, 200, required: false);
        var organiser = check.Organisation("organiser", input.Organiser, references, required: true);
        int? projectId = null;
        if (!string.IsNullOrWhiteSpace(input.Project))
        {
            if (references.ProjectIds.TryGetValue(input.Project.Trim(), out var id))
            {
                projectId = id;
            }
            else
            {
                errors.Add(CrossBorderProblems.Of("project", "UnknownProject", input.Project.Trim()));
            }
        }

        return errors.Count > 0
            ? (null, errors)
            : (new CrossBorderActivity { Kind = kind, Title = title, Date = date!.Value, Place = place, OrganisationId = organiser!.Id, ProjectId = projectId }, []);
    }
}
