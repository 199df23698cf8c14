using System.Text;
using Riktning.CrossBorder;

namespace Riktning.Web.Features.Cooperation;

/// <summary>The public, searchable list of cross-border projects; a GET form, so every filtered list has its own address.</summary>
public sealed class ProjectsModel(CrossBorderRegistry registry, OrganisationRegistry organisations, RegionRegistry regions) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true, Name = "area")]
    public string? CooperationArea { get; set; }

    [BindProperty(SupportsGet = true, Name = "business")]
    public string? BusinessArea { get; set; }

    [BindProperty(SupportsGet = true, Name = "recommendation")]
    public string? Recommendation { get; set; }

    [BindProperty(SupportsGet = true, Name = "region")]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "year")]
    public string? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public CooperationLabels Labels { get; private set; } = null!;

    public ProjectPage Results { get; private set; } = new([], 0, 1, 20);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Labels = await CooperationLabels.LoadAsync(registry, organisations, regions, cancellationToken);
        Results = await registry.SearchAsync(Query() with { Page = PageNumber }, cancellationToken);
    }

    /// <summary>The current filtered list as CSV in the import layout, so it can be edited and imported again.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        var rows = await ExportRowsAsync(cancellationToken);
        var text = new StringWriter();
        ProjectFile.WriteCsv(text, rows);
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text.ToString())).ToArray(), "text/csv; charset=utf-8", "cross-border-projects.csv");
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken cancellationToken)
    {
        var rows = await ExportRowsAsync(cancellationToken);
        var stream = new MemoryStream();
        ProjectFile.WriteExcel(stream, rows);
        return File(stream.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "cross-border-projects.xlsx");
    }

    /// <summary>The filters as query values, for the paging and export links.</summary>
    public Dictionary<string, string> Filters(int? page = null, string? handler = null)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                values[name] = value;
            }
        }

        Add("q", Text);
        Add("area", CooperationArea);
        Add("business", BusinessArea);
        Add("recommendation", Recommendation);
        Add("region", Region);
        Add("status", Status);
        Add("year", Year);
        Add("p", page?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("handler", handler);
        return values;
    }

    private ProjectQuery Query() => new()
    {
        Text = Text,
        CooperationArea = CooperationArea,
        BusinessArea = BusinessArea,
        Recommendation = Recommendation,
        Region = Region,
        Status = Codes.TryParse<ProjectStatus>(Status, out var status) ? status : null,
        Year = int.TryParse(Year, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) && year is > 1900 and < 2200 ? year : null,
    };

    private async Task<IEnumerable<ProjectInput>> ExportRowsAsync(CancellationToken cancellationToken) =>
        (await registry.ListAsync(Query(), cancellationToken)).Select(p => ProjectInput.From(p, p.Organisation?.Key ?? ""));
}
