namespace Riktning.CrossBorder;

/// <summary>
/// A project as typed in the form or read from a row of an import file: text as entered, lists already split. Field
/// names are the file's column names (docs/projects-format.md), which the form uses as input names too.
/// </summary>
public sealed record ProjectInput
{
    public string? Key { get; init; }
    public string? Name { get; init; }
    public string? Summary { get; init; }
    public string? Programme { get; init; }
    public string? Owner { get; init; }
    public IReadOnlyList<string> Partners { get; init; } = [];
    public IReadOnlyList<string> PartnersSe { get; init; } = [];
    public IReadOnlyList<string> PartnersNo { get; init; } = [];
    public IReadOnlyList<string> Regions { get; init; } = [];
    public string? Start { get; init; }
    public string? End { get; init; }
    public string? Budget { get; init; }
    public string? Currency { get; init; }
    public string? Status { get; init; }
    public IReadOnlyList<string> CooperationAreas { get; init; } = [];
    public IReadOnlyList<string> BusinessAreas { get; init; } = [];
    public IReadOnlyList<string> Recommendations { get; init; } = [];
    public IReadOnlyList<string> Goals { get; init; } = [];
    public IReadOnlyList<string> KeysForChange { get; init; } = [];
    public IReadOnlyList<string> SmartSpecialisations { get; init; } = [];
    public IReadOnlyList<string> Missions { get; init; } = [];
    public string? Website { get; init; }

    /// <summary>The input that shows a stored project in the form or writes it to a file.</summary>
    public static ProjectInput From(CrossBorderProject project, string ownerKey) => new()
    {
        Key = project.Key,
        Name = project.Name,
        Summary = project.Summary,
        Programme = Codes.Format(project.Programme),
        Owner = ownerKey,
        Partners = project.PartnerKeys,
        PartnersSe = project.SwedishPartnerNames,
        PartnersNo = project.NorwegianPartnerNames,
        Regions = project.Regions,
        Start = project.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        End = project.End?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        Budget = project.BudgetAmount?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Currency = project.BudgetCurrency is { } currency ? Codes.Format(currency).ToUpperInvariant() : null,
        Status = Codes.Format(project.Status),
        CooperationAreas = project.CooperationAreas,
        BusinessAreas = project.BusinessAreas,
        Recommendations = project.Recommendations,
        Goals = project.Goals,
        KeysForChange = project.KeysForChange,
        SmartSpecialisations = project.SmartSpecialisations,
        Missions = project.Missions,
        Website = project.Website,
    };
}
