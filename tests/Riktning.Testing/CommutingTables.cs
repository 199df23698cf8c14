using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Riktning.Testing;

/// <summary>
/// Commuting tables written by the tests in the publishers' formats, because no real commuting response is in
/// <c>../shared/data</c>. The figures are SYNTHETIC (invented, labelled so in every title); the layout follows what the
/// publishers use as far as we know it: SSB's json-stat2 from data.ssb.no/api/v0 with <c>Bosted</c> (Swedish municipality
/// of residence), <c>ArbstedKomm</c> (Norwegian municipality of work), <c>Kjonn</c> (0 both sexes, 1 men, 2 women),
/// <c>ContentsCode</c> and <c>Tid</c>, the table id in <c>extension.px.tableid</c>; the Nordic Statistics database's
/// PC-Axis (PxWeb v1) with text variable codes (<c>region of residence</c>, <c>region of work</c>, <c>sex</c>,
/// <c>time</c>), country-prefixed region codes and CODEPAGE iso-8859-15.
/// </summary>
public static class CommutingTables
{
    /// <summary>
    /// SSB table 13631 in json-stat2: Eda and Årjäng (SE) to Eidskog and Halden (NO), both sexes, men and women, for the
    /// given years, on the kommune codes valid until 2019 (0420, 0101; from 2020 Eidskog is 3416, Halden 3001 and from 2024 3101). Value = base + year offset, distinct per cell; the both-sexes cell is men + women.
    /// </summary>
    public static string SsbJsonStat2(string table, IReadOnlyList<string> years, string halden = "0101", string eidskog = "0420")
    {
        string[] origins = ["1730", "1765"];
        string[] destinations = [eidskog, halden];
        string[] sexes = ["0", "1", "2"];
        var values = new JsonArray();
        for (var o = 0; o < origins.Length; o++)
        {
            for (var d = 0; d < destinations.Length; d++)
            {
                for (var s = 0; s < sexes.Length; s++)
                {
                    for (var y = 0; y < years.Count; y++)
                    {
                        var men = 100 + (o * 40) + (d * 10) + y;
                        var women = 50 + (o * 20) + (d * 5) + y;
                        values.Add(s switch { 0 => men + women, 1 => men, _ => women });
                    }
                }
            }
        }

        var dataset = new JsonObject
        {
            ["version"] = "2.0",
            ["class"] = "dataset",
            ["label"] = $"{table}: Lønnstakere bosatt i Sverige med arbeidssted i Norge (SYNTETISKE TESTTALL)",
            ["source"] = "Statistisk sentralbyrå (syntetisk testfil)",
            ["updated"] = "2024-06-14T06:00:00Z",
            ["id"] = new JsonArray("Bosted", "ArbstedKomm", "Kjonn", "ContentsCode", "Tid"),
            ["size"] = new JsonArray(origins.Length, destinations.Length, sexes.Length, 1, years.Count),
            ["dimension"] = new JsonObject
            {
                ["Bosted"] = Dimension("bosted i Sverige", origins, ["Eda", "Årjäng"]),
                ["ArbstedKomm"] = Dimension("arbeidsstedskommune", destinations, ["Eidskog", "Halden"]),
                ["Kjonn"] = Dimension("kjønn", sexes, ["Begge kjønn", "Menn", "Kvinner"]),
                ["ContentsCode"] = Dimension("statistikkvariabel", ["Lonnstakere"], ["Lønnstakere"]),
                ["Tid"] = Dimension("år", [.. years], [.. years]),
            },
            ["role"] = new JsonObject { ["time"] = new JsonArray("Tid"), ["metric"] = new JsonArray("ContentsCode"), ["geo"] = new JsonArray("Bosted", "ArbstedKomm") },
            ["value"] = values,
            ["extension"] = new JsonObject { ["px"] = new JsonObject { ["tableid"] = table, ["decimals"] = 0 } },
        };
        return dataset.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>
    /// A Nordic Statistics database table in PC-Axis: Värmland and Västra Götaland (SE) to Hedmark and Østfold (NO,
    /// the fylker of 2017–2018: 04 and 01), total/men/women, 2017–2018; as iso-8859-15 bytes.
    /// </summary>
    public static byte[] NordicPx()
    {
        var data = new StringBuilder();
        var value = 300;
        for (var i = 0; i < 2 * 2 * 3; i++)
        {
            data.Append(CultureInfo.InvariantCulture, $"{value} {value + 7}\n");
            value += 11;
        }

        var text = $"""
            CHARSET="ANSI";
            AXIS-VERSION="2010";
            CODEPAGE="iso-8859-15";
            LANGUAGE="en";
            CREATION-DATE="20240301 09:00";
            DECIMALS=0;
            MATRIX="COMM01";
            SUBJECT-CODE="LAB";
            SUBJECT-AREA="Labour market";
            TITLE="COMM01: Cross-border commuters by region of residence, region of work, sex and time (SYNTHETIC TEST FIGURES)";
            CONTENTS="COMM01: Cross-border commuters (SYNTHETIC TEST FIGURES)";
            STUB="region of residence","region of work","sex";
            HEADING="time";
            VARIABLECODE("region of residence")="region of residence";
            VALUES("region of residence")="Värmland","Västra Götaland";
            VARIABLECODE("region of work")="region of work";
            VALUES("region of work")="Hedmark","Østfold";
            VARIABLECODE("sex")="sex";
            VALUES("sex")="Total","Men","Women";
            VARIABLECODE("time")="time";
            VALUES("time")="2017","2018";
            TIMEVAL("time")=TLIST(A1),"2017","2018";
            CODES("region of residence")="SE17","SE14";
            CODES("region of work")="NO04","NO01";
            CODES("sex")="T","M","F";
            CODES("time")="2017","2018";
            UNITS="persons";
            CONTACT="synthetic test file";
            SOURCE="Nordic Statistics database (synthetic test file)";
            DATA=
            {data};
            """;
        return Encoding.Latin1.GetBytes(text.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    private static JsonObject Dimension(string label, string[] codes, string[] labels)
    {
        var index = new JsonObject();
        var names = new JsonObject();
        for (var i = 0; i < codes.Length; i++)
        {
            index[codes[i]] = i;
            names[codes[i]] = labels[i];
        }

        return new JsonObject { ["label"] = label, ["category"] = new JsonObject { ["index"] = index, ["label"] = names } };
    }
}
