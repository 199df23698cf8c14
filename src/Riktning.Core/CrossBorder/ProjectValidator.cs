namespace Riktning.CrossBorder;

/// <summary>The one set of rules for a cross-border project, used by the form and by bulk import alike.</summary>
public static class ProjectValidator
{
    public static (CrossBorderProject? Value, IReadOnlyList<FieldProblem> Problems) Validate(ProjectInput input, CrossBorderReferences references)
    {
        var errors = new List<FieldProblem>();
        var check = new FieldChecks(errors);

        var key = check.Text("key", input.Key, 100);
        if (key.Length > 0 && !OrganisationCsvReader.IsKey(key))
        {
            errors.Add(CrossBorderProblems.Of("key", "NotAKey", key));
        }

        var name = check.Text("name", input.Name, 300);
        var summary = check.Text("summary", input.Summary, 4000, required: false);
        var programme = check.Choice<ProjectProgramme>("programme", input.Programme);
        var owner = check.Organisation("owner", input.Owner, references, required: true);
        var partners = check.Known("partners", input.Partners, references.Organisations.ContainsKey, "UnknownOrganisation");
        var partnersSe = check.Names("partners-se", input.PartnersSe);
        var partnersNo = check.Names("partners-no", input.PartnersNo);

        var regions = check.Known("regions", input.Regions, references.RegionCountries.ContainsKey, "UnknownRegion");
        if (regions.Count == input.Regions.Count(r => r.Trim().Length > 0))
        {
            // Only when every key is known: "add a Norwegian region" would mislead when the Norwegian one is misspelt.
            if (!regions.Any(r => references.RegionCountries[r] == "SE"))
            {
                errors.Add(CrossBorderProblems.Of("regions", "NeedsSwedishRegion"));
            }

            if (!regions.Any(r => references.RegionCountries[r] == "NO"))
            {
                errors.Add(CrossBorderProblems.Of("regions", "NeedsNorwegianRegion"));
            }
        }

        var start = check.Date("start", input.Start, required: true);
        var end = check.Date("end", input.End, required: false);
        if (start is not null && end is not null && end < start)
        {
            errors.Add(CrossBorderProblems.Of("end", "EndBeforeStart"));
        }

        long? budget = null;
        Currency? currency = null;
        if (!string.IsNullOrWhiteSpace(input.Budget))
        {
            if (long.TryParse(input.Budget.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
            {
                budget = amount;
            }
            else
            {
                errors.Add(CrossBorderProblems.Of("budget", "NotAnAmount", input.Budget.Trim()));
            }
        }

        if (!string.IsNullOrWhiteSpace(input.Currency))
        {
            currency = check.Choice<Currency>("currency", input.Currency);
        }
        else if (!string.IsNullOrWhiteSpace(input.Budget))
        {
            errors.Add(CrossBorderProblems.Of("currency", "CurrencyNeeded"));
        }

        var status = check.Choice<ProjectStatus>("status", input.Status);
        var areas = check.Known("cooperation-areas", input.CooperationAreas, references.CooperationAreas.Contains, "UnknownCooperationArea");
        var business = check.Known("business-areas", input.BusinessAreas, references.BusinessAreas.Contains, "UnknownBusinessArea");
        var recommendations = check.Known("recommendations", input.Recommendations, references.Recommendations.Contains, "UnknownRecommendation");
        var goals = check.Known("goals", input.Goals, references.Goals.Contains, "UnknownGoal");
        var keys = check.Known("keys-for-change", input.KeysForChange, references.KeysForChange.Contains, "UnknownTheme");
        var specialisations = check.Known("smart-specialisations", input.SmartSpecialisations, references.SmartSpecialisations.Contains, "UnknownTheme");
        var missions = check.Known("missions", input.Missions, references.Missions.Contains, "UnknownTheme");
        var website = check.Url("website", input.Website, required: false);

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var partnerNames = partners.Select(p => references.Organisations[p].Name);
        return (new CrossBorderProject
        {
            Key = key,
            Name = name,
            Summary = summary,
            Programme = programme,
            OrganisationId = owner!.Id,
            PartnerKeys = partners,
            SwedishPartnerNames = partnersSe,
            NorwegianPartnerNames = partnersNo,
            Regions = regions,
            Start = start!.Value,
            End = end,
            BudgetAmount = budget,
            BudgetCurrency = budget is null ? null : currency,
            Status = status,
            CooperationAreas = areas,
            BusinessAreas = business,
            Recommendations = recommendations,
            Goals = goals,
            KeysForChange = keys,
            SmartSpecialisations = specialisations,
            Missions = missions,
            Website = website,
            SearchText = SearchText.Normalise([name, summary, owner.Name, .. partnerNames, .. partnersSe, .. partnersNo]),
        }, []);
    }
}
