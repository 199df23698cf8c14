namespace Riktning.CrossBorder;

public static class AgreementValidator
{
    public static (CooperationAgreement? Value, IReadOnlyList<FieldProblem> Problems) Validate(AgreementInput input, CrossBorderReferences references)
    {
        var errors = new List<FieldProblem>();
        var check = new FieldChecks(errors);
        var title = check.Text("title", input.Title, 300);
        var parties = check.Known("parties", input.Parties, references.Organisations.ContainsKey, "UnknownOrganisation");
        if (parties.Count == 0 && input.Parties.All(p => p.Trim().Length == 0))
        {
            errors.Add(CrossBorderProblems.Of("parties", "Required"));
        }

        var signed = check.Date("signed-on", input.SignedOn, required: true);
        var validTo = check.Date("valid-to", input.ValidTo, required: false);
        if (signed is not null && validTo is not null && validTo < signed)
        {
            errors.Add(CrossBorderProblems.Of("valid-to", "EndBeforeStart"));
        }

        var summary = check.Text("summary", input.Summary, 4000, required: false);
        var link = check.Url("link", input.Link, required: false);
        var owner = check.Organisation("owner", input.Owner, references, required: false);
        return errors.Count > 0
            ? (null, errors)
            : (new CooperationAgreement { Title = title, PartyKeys = parties, SignedOn = signed!.Value, ValidTo = validTo, Summary = summary, Link = link, OrganisationId = owner?.Id }, []);
    }
}
