using MiniExcelLibs;
using Riktning.SituationAnalysis;

namespace Riktning.Web.Features.SituationAnalysis;

/// <summary>
/// An analysis as an Excel workbook with every figure it cites: one row per measure (status against the baseline,
/// Sweden, Norway, and what the comparison's figures are: a count's per 1 000 inhabitants or as published), every figure flat with its series, period and import batch, the gaps per period, the linked work,
/// the commentary, and the figures revised since publishing. Column names are stable keys, as in the open data files;
/// names of goals and measures are in the reader's language.
/// </summary>
public static class AnalysisXlsx
{
    public const string MediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Write(AnalysisPage page, IStringLocalizer t)
    {
        var content = page.Content;
        var placed = content.FocusAreas
            .SelectMany(a => a.Goals.SelectMany(g => g.Indicators.SelectMany(i => i.Measures.Select(m => (Area: a.FocusAreaId, Goal: g.GoalId, Indicator: i.IndicatorId, Measure: m)))))
            .ToList();
        string Name(Riktning.Text.LocalizedText text) => Shared.LocalizedHtml.Plain(text);

        // What a comparison's figures are: a count's per 1 000 inhabitants, or the figures as published.
        string Basis(Riktning.Analysis.ComparisonScale basis) =>
            basis == Riktning.Analysis.ComparisonScale.PerThousandInhabitants ? t["Analysis.PerThousand"].Value : t["Analysis.AsPublished"].Value;

        var measures = placed.Select(p => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["focus_area"] = Name(page.Area(p.Area).Name),
            ["goal"] = Name(page.Goal(p.Goal).Name),
            ["indicator"] = Name(page.Indicator(p.Indicator).Name),
            ["measure_id"] = p.Measure.MeasureId,
            ["measure"] = Name(page.Measure(p.Measure.MeasureId).Name),
            ["unit"] = page.Measure(p.Measure.MeasureId).Unit,
            ["direction"] = p.Measure.Direction.ToString().ToLowerInvariant(),
            ["baseline_period"] = p.Measure.Trend.BaselinePeriod,
            ["baseline_value"] = p.Measure.Trend.BaselineValue,
            ["latest_period"] = p.Measure.Trend.LatestPeriod,
            ["latest_value"] = p.Measure.Trend.LatestValue,
            ["change_since_baseline"] = p.Measure.Trend.ChangeSinceBaseline,
            ["assessment"] = t[$"Assessment.{p.Measure.Trend.Assessment}"].Value,
            ["comparison_period"] = p.Measure.ComparisonPeriod,
            ["comparison_basis"] = Basis(p.Measure.ComparedAs),
            ["region_comparison_value"] = p.Measure.ComparisonRegionValue,
            ["country_value"] = p.Measure.CountryValue,
            ["rank_in_direction"] = p.Measure.RankInDirection,
            ["peers"] = p.Measure.PeerCount,
            ["norway"] = string.Join("; ", p.Measure.Norway.Select(n => $"{page.RegionName(n.RegionKey)} {n.Period}: {n.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}{(p.Measure.PerThousand ? " " + t["Analysis.PerThousand"].Value : "")}")),
            ["batches"] = string.Join(' ', p.Measure.BatchIds),
        }).ToList();

        var figures = AnalysisFigures.Of(content).Select(f => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["measure_id"] = f.MeasureId,
            ["measure"] = Name(page.Measure(f.MeasureId).Name),
            ["series"] = f.Series,
            ["series_name"] = f.Series.StartsWith(AnalysisFigures.GapPrefix, StringComparison.Ordinal) ? f.Series : page.RegionName(f.Series),
            ["period"] = f.Period,
            ["value"] = f.Value,
            ["basis"] = Basis(f.Basis),
            ["batch"] = f.BatchId,
        }).ToList();

        var gaps = content.Measures.SelectMany(m => m.Gaps.SelectMany(g => g.Points.Select(p => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["measure_id"] = m.MeasureId,
            ["measure"] = Name(page.Measure(m.MeasureId).Name),
            ["breakdown"] = g.Dimension,
            ["definition"] = g.IsSigned ? "women-men" : "highest-lowest",
            ["period"] = p.Period,
            ["gap"] = p.Gap,
            ["high"] = p.High,
            ["low"] = p.Low,
            ["categories_with_value"] = p.Count,
            ["trend_since_baseline"] = t[$"GapTrend.{g.Trend}"].Value,
        }))).ToList();

        var work = content.Goals.SelectMany(g => g.Work.SelectMany(w => w.Items.Select(i => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["goal"] = Name(page.Goal(g.GoalId).Name),
            ["kind"] = w.Kind,
            ["id"] = i.Id,
            ["name"] = i.Name,
            ["organisation"] = i.Organisation,
            ["period"] = i.Period,
            ["status"] = i.Status,
            ["progress"] = i.Progress,
        }))).ToList();

        var comments = page.View.Analysis.Comments.Select(c => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["section"] = c.Section,
            ["text"] = c.Text,
        }).ToList();

        var sheets = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["measures"] = measures,
            ["figures"] = figures,
            ["gaps"] = gaps,
            ["work"] = work,
            ["comments"] = comments,
        };
        if (page.View.Differences.Count > 0)
        {
            sheets["revised"] = page.View.Differences.Select(d => new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["measure_id"] = d.MeasureId,
                ["series"] = d.Series,
                ["period"] = d.Period,
                ["published"] = d.Published,
                ["current"] = d.Current,
                ["basis"] = Basis(d.Basis),
            }).ToList();
        }

        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, sheets, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }
}
