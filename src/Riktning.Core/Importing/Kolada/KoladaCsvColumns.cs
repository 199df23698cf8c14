namespace Riktning.Importing.Kolada;

/// <summary>Where each field is in a Kolada CSV dump, found from its header.</summary>
internal sealed record KoladaCsvColumns(int Count, int Municipality, int Period, int? Gender, int Value, string Kpi)
{
    public static KoladaCsvColumns FromHeader(IReadOnlyList<string> header, string source)
    {
        var names = header.Select(n => n.Trim()).ToArray();
        int? municipality = null, period = null, gender = null, value = null;
        for (var i = 0; i < names.Length; i++)
        {
            switch (names[i].ToUpperInvariant())
            {
                case "GEO" or "MUNICIPALITY":
                    municipality = i;
                    break;
                case "YEAR" or "PERIOD":
                    period = i;
                    break;
                case "GENDER":
                    gender = i;
                    break;
                default:
                    value = value is null ? i : throw new ImportFormatException($"{source} line 1: two columns, '{names[value.Value]}' and '{names[i]}', could hold the KPI.");
                    break;
            }
        }

        if (municipality is null || period is null || value is null)
        {
            throw new ImportFormatException($"{source} line 1: the header needs geo, year and a KPI column; it has {string.Join(",", header)}.");
        }

        return new KoladaCsvColumns(names.Length, municipality.Value, period.Value, gender, value.Value, names[value.Value].ToUpperInvariant());
    }
}
