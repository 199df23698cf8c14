namespace Riktning.CrossBorder;

public static class KnowledgeValidator
{
    public static (KnowledgeItem? Value, IReadOnlyList<FieldProblem> Problems) Validate(KnowledgeInput input, CrossBorderReferences references)
    {
        var errors = new List<FieldProblem>();
        var check = new FieldChecks(errors);
        var title = check.Text("title", input.Title, 300);
        var kind = check.Choice<KnowledgeKind>("kind", input.Kind);
        var url = check.Url("url", input.Url, required: true);
        var publisher = check.Text("publisher", input.Publisher, 200, required: false);
        int? year = null;
        if (!string.IsNullOrWhiteSpace(input.Year))
        {
            if (int.TryParse(input.Year.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1800 and <= 2200)
            {
                year = y;
            }
            else
            {
                errors.Add(CrossBorderProblems.Of("year", "NotAYear", input.Year.Trim()));
            }
        }

        var language = string.IsNullOrWhiteSpace(input.Language) ? "sv" : input.Language.Trim().ToLowerInvariant();
        if (language.Length != 2 || !language.All(char.IsAsciiLetterLower))
        {
            errors.Add(CrossBorderProblems.Of("language", "NotALanguage", input.Language!.Trim()));
        }

        var summary = check.Text("summary", input.Summary, 4000, required: false);
        var keywords = check.Names("keywords", input.Keywords);
        var areas = check.Known("cooperation-areas", input.CooperationAreas, references.CooperationAreas.Contains, "UnknownCooperationArea");
        var owner = check.Organisation("owner", input.Owner, references, required: false);
        return errors.Count > 0
            ? (null, errors)
            : (new KnowledgeItem
            {
                Title = title,
                Kind = kind,
                Url = url!,
                Publisher = publisher,
                Year = year,
                Language = language,
                Summary = summary,
                Keywords = keywords,
                CooperationAreas = areas,
                OrganisationId = owner?.Id,
                SearchText = SearchText.Normalise([title, publisher, summary, .. keywords]),
            }, []);
    }
}
