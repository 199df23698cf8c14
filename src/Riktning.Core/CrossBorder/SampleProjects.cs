namespace Riktning.CrossBorder;

/// <summary>
/// Generated example projects for demonstrations and screenshots. They are invented, say so in their key, name and
/// summary (<c>exempel-…</c>, "Exempeldata"), and are built only from the registries and the loaded framework, so
/// they never pass for real projects. Imported like a file: a second run changes nothing.
/// </summary>
public static class SampleProjects
{
    public const string KeyPrefix = "exempel-";

    private static readonly string[] SwedishRegions = ["SE-17", "SE-20", "SE-14", "SE-1730", "SE-1765"];

    private static readonly string[] NorwegianRegions = ["NO-34", "NO-31", "NO-32", "NO-33", "NO-03", "NO-30"];

    public static IReadOnlyList<ProjectRow> Create(CrossBorderReferences references, int count = 12)
    {
        string[] swedish = [.. SwedishRegions.Where(references.RegionCountries.ContainsKey)];
        string[] norwegian = [.. NorwegianRegions.Where(references.RegionCountries.ContainsKey)];
        var owners = references.Organisations.Values.Where(o => o.Country == "SE").OrderBy(o => o.Key, StringComparer.Ordinal).ToList();
        var partners = references.Organisations.Values.Where(o => o.Country == "NO").OrderBy(o => o.Key, StringComparer.Ordinal).ToList();
        var areas = references.CooperationAreas.Order(StringComparer.Ordinal).ToList();
        var business = references.BusinessAreas.Order(StringComparer.Ordinal).ToList();
        var recommendations = references.Recommendations.Order(StringComparer.Ordinal).ToList();
        var goals = references.Goals.Order(StringComparer.Ordinal).ToList();
        if (swedish.Length == 0 || norwegian.Length == 0 || owners.Count == 0)
        {
            return [];
        }

        T Pick<T>(IReadOnlyList<T> list, int i) => list[i % list.Count];
        var statuses = Enum.GetValues<ProjectStatus>();
        var rows = new List<ProjectRow>();
        for (var i = 0; i < count; i++)
        {
            var number = (i + 1).ToString("00", CultureInfo.InvariantCulture);
            var start = new DateOnly(2020 + i % 6, 1 + i % 12, 1);
            rows.Add(new ProjectRow(i + 2, new ProjectInput
            {
                Key = KeyPrefix + number,
                Name = $"Exempeldata: gränsprojekt {number}",
                Summary = "Exempeldata skapad av kommandot 'riktning sample cross-border'. Inget verkligt projekt.",
                Programme = Codes.Format(i % 3 == 0 ? ProjectProgramme.Other : ProjectProgramme.InterregSwedenNorway),
                Owner = Pick(owners, i).Key,
                Partners = partners.Count == 0 ? [] : [Pick(partners, i).Key],
                Regions = [Pick(swedish, i), Pick(norwegian, i)],
                Start = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                End = start.AddYears(3).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                Budget = ((i + 1) * 250_000).ToString(CultureInfo.InvariantCulture),
                Currency = i % 2 == 0 ? "SEK" : "NOK",
                Status = Codes.Format(statuses[i % statuses.Length]),
                CooperationAreas = areas.Count == 0 ? [] : [Pick(areas, i)],
                BusinessAreas = business.Count == 0 ? [] : [Pick(business, i)],
                Recommendations = recommendations.Count == 0 ? [] : [Pick(recommendations, i)],
                Goals = goals.Count == 0 ? [] : [Pick(goals, i)],
            }));
        }

        return rows;
    }
}
