using Riktning.Importing.Kolada;

namespace Riktning.Statistics;

/// <summary>Turns Kolada values (municipality or region, year, gender T/K/M) into observation rows. Pure.</summary>
public static class KoladaRows
{
    public static IEnumerable<ObservationRow> From(IEnumerable<KoladaValue> values, string source)
    {
        foreach (var value in values)
        {
            var region = SwedishRegionCodes.ToKey(value.Municipality)
                ?? throw new ImportFormatException($"{source}: '{value.Municipality}' ({value.Kpi}, {value.Period}) is not a known Swedish region code");
            var sex = SexCodes.Translate(value.Gender)
                ?? throw new ImportFormatException($"{source}: '{value.Gender}' ({value.Kpi}, {value.Municipality}, {value.Period}) is not a Kolada gender (T, K or M)");
            var breakdown = sex == SexCodes.Total ? BreakdownKey.Total : BreakdownKey.Format([KeyValuePair.Create("sex", sex)]);
            yield return new ObservationRow(region, value.Period.ToString(CultureInfo.InvariantCulture), breakdown, value.Value, value.Status, value.Flags);
        }
    }
}
