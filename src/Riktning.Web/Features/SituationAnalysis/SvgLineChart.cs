using System.Net;
using System.Text;

namespace Riktning.Web.Features.SituationAnalysis;

/// <summary>
/// A small line chart drawn on the server as inline SVG: vector in the printed PDF, visible without JavaScript, and
/// never the only place a figure is (the table beside it is the text alternative, so the picture is hidden from
/// screen readers). The second and later lines are dashed, so they differ by more than colour.
/// </summary>
public static class SvgLineChart
{
    private const double Width = 560;
    private const double Height = 200;
    private const double Left = 56;
    private const double Right = 28;
    private const double Top = 28;
    private const double Bottom = 24;

    private static readonly string[] Palette = ["#00557a", "#b34700", "#3d7a28", "#6b3fa0"];

    /// <summary>One line: its name for the legend and a value (or none) per period.</summary>
    public sealed record Line(string Name, IReadOnlyDictionary<string, double?> Values);

    /// <summary>The chart over <paramref name="periods"/> in their order; empty when no line has a value.</summary>
    public static string Render(IReadOnlyList<string> periods, IReadOnlyList<Line> lines)
    {
        var values = lines.SelectMany(l => l.Values.Values).OfType<double>().ToList();
        if (values.Count == 0 || periods.Count == 0)
        {
            return "";
        }

        var (min, max) = (values.Min(), values.Max());
        var pad = max == min ? Math.Max(1, Math.Abs(max) * 0.05) : (max - min) * 0.1;
        (min, max) = (min - pad, max + pad);
        double X(int i) => periods.Count == 1 ? Left + ((Width - Left - Right) / 2) : Left + (i * (Width - Left - Right) / (periods.Count - 1));
        double Y(double v) => Top + ((max - v) / (max - min) * (Height - Top - Bottom));
        static string N(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {N(Width)} {N(Height)}\" class=\"line-chart\" aria-hidden=\"true\" focusable=\"false\">");
        for (var t = 0; t <= 3; t++)
        {
            var v = min + ((max - min) * t / 3);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(Left)}\" x2=\"{N(Width - Right)}\" y1=\"{N(Y(v))}\" y2=\"{N(Y(v))}\" stroke=\"#d0d0d0\" stroke-width=\"1\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(Left - 6)}\" y=\"{N(Y(v) + 4)}\" text-anchor=\"end\" font-size=\"11\" fill=\"#333\">{Encode(v.ToString("#,##0.#", CultureInfo.CurrentCulture))}</text>");
        }

        var step = Math.Max(1, (int)Math.Ceiling(periods.Count / 10.0));
        for (var i = 0; i < periods.Count; i += step)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(X(i))}\" y=\"{N(Height - 6)}\" text-anchor=\"middle\" font-size=\"11\" fill=\"#333\">{Encode(periods[i])}</text>");
        }

        var legendX = Left;
        for (var l = 0; l < lines.Count; l++)
        {
            var colour = Palette[l % Palette.Length];
            var dash = l == 0 ? "" : " stroke-dasharray=\"6 3\"";
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{N(legendX)}\" x2=\"{N(legendX + 22)}\" y1=\"12\" y2=\"12\" stroke=\"{colour}\" stroke-width=\"2.5\"{dash}/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(legendX + 28)}\" y=\"16\" font-size=\"12\" fill=\"#222\">{Encode(lines[l].Name)}</text>");
            legendX += 40 + (lines[l].Name.Length * 7);

            // A gap in the data is a gap in the line, never a line drawn through a missing year.
            var segment = new List<string>();
            for (var i = 0; i <= periods.Count; i++)
            {
                if (i < periods.Count && lines[l].Values.GetValueOrDefault(periods[i]) is { } v)
                {
                    segment.Add($"{N(X(i))},{N(Y(v))}");
                    svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{N(X(i))}\" cy=\"{N(Y(v))}\" r=\"3\" fill=\"{colour}\"/>");
                    continue;
                }

                if (segment.Count > 1)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<polyline points=\"{string.Join(' ', segment)}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"{dash}/>");
                }

                segment.Clear();
            }
        }

        return svg.Append("</svg>").ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
