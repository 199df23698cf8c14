namespace Riktning.Web.Features.DataDesk;

/// <summary>The data desk's upload form: the file, its format and the mapping choices of the import verbs.</summary>
public sealed class UploadInput
{
    public IFormFile? File { get; set; }

    /// <summary>A <see cref="Riktning.Statistics.StatisticsFileFormat"/> name.</summary>
    public string? Format { get; set; }

    public string? Region { get; set; }

    public string? Time { get; set; }

    /// <summary><c>name=Dimension</c>, one a line (the verbs' <c>--breakdown</c>).</summary>
    public string? Breakdowns { get; set; }

    /// <summary><c>Dimension=Code</c>, one a line (the verbs' <c>--filter</c>).</summary>
    public string? Filters { get; set; }

    public bool Norwegian { get; set; }

    public string? FixedRegion { get; set; }

    public string? Language { get; set; }

    public string? MismatchReason { get; set; }
}
