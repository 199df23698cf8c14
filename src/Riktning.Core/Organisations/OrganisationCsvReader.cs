using CsvHelper;
using CsvHelper.Configuration;

namespace Riktning.Organisations;

/// <summary>Reads an organisation list (<c>key,name,country,kind,region</c>; see organisations/README.md). Pure: text in, organisations out.</summary>
public static class OrganisationCsvReader
{
    private static readonly string[] Columns = ["key", "name", "country", "kind", "region"];

    public static IReadOnlyList<Organisation> Read(TextReader text, string fileName)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim };
        using var csv = new CsvReader(text, configuration);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is null || !csv.HeaderRecord.SequenceEqual(Columns, StringComparer.Ordinal))
        {
            throw new OrganisationListException($"{fileName}:1: expected the header '{string.Join(',', Columns)}'");
        }

        var organisations = new List<Organisation>();
        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            string Field(string name) => csv.GetField(name) ?? "";

            var key = Field("key");
            if (!IsKey(key))
            {
                throw new OrganisationListException($"{fileName}:{line}: key: '{key}' must be lower-case letters, digits and '-'");
            }

            var name = Field("name");
            if (name.Length == 0)
            {
                throw new OrganisationListException($"{fileName}:{line}: name: required");
            }

            var country = Field("country");
            if (country is not ("SE" or "NO"))
            {
                throw new OrganisationListException($"{fileName}:{line}: country: '{country}' is not SE or NO");
            }

            var kindText = Field("kind");
            if (!TryParseKind(kindText, out var kind))
            {
                throw new OrganisationListException(
                    $"{fileName}:{line}: kind: '{kindText}' is not one of {string.Join(", ", Enum.GetValues<OrganisationKind>().Select(FormatKind))}");
            }

            var region = Field("region");
            if (region.Length > 0 && !RegionKey.IsWellFormed(region))
            {
                throw new OrganisationListException($"{fileName}:{line}: region: '{region}' is not a region key such as SE-1780 or NO-34");
            }

            organisations.Add(new Organisation { Key = key, Name = name, Country = country, Kind = kind, RegionKey = region.Length > 0 ? region : null });
        }

        var duplicate = organisations.GroupBy(o => o.Key, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new OrganisationListException($"{fileName}: key: '{duplicate.Key}' is listed twice");
        }

        return organisations;
    }

    /// <summary>Keys are used in URLs and files: lower-case ASCII letters, digits and '-', starting with a letter or digit.</summary>
    public static bool IsKey(string key) =>
        key.Length is > 0 and <= 100 && key[0] != '-' && key.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    /// <summary>The kebab-case spelling used in files and forms, e.g. <c>county-board</c>.</summary>
    public static string FormatKind(OrganisationKind kind) =>
        string.Concat(kind.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    public static bool TryParseKind(string text, out OrganisationKind kind)
    {
        foreach (var candidate in Enum.GetValues<OrganisationKind>())
        {
            if (string.Equals(FormatKind(candidate), text, StringComparison.Ordinal))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
