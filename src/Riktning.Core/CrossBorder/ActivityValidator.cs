namespace Riktning.CrossBorder;

public static class ActivityValidator
{
    public static Validated<CrossBorderActivity> Validate(ActivityInput input, CrossBorderReferences references)
    {
        var errors = new List<FieldError>();
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
                errors.Add(new("project", "UnknownProject", input.Project.Trim()));
            }
        }

        return errors.Count > 0
            ? new(null, errors)
            : new(new CrossBorderActivity { Kind = kind, Title = title, Date = date!.Value, Place = place, OrganisationId = organiser!.Id, ProjectId = projectId }, []);
    }
}
