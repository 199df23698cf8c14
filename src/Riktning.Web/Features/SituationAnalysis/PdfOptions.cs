using System.ComponentModel.DataAnnotations;

namespace Riktning.Web.Features.SituationAnalysis;

/// <summary>How the server prints a published analysis to PDF: with headless Chromium (<c>Riktning:Pdf</c>).</summary>
public sealed class PdfOptions
{
    public const string Section = "Riktning:Pdf";

    /// <summary>The Chromium executable; Debian's <c>chromium</c> package puts it here.</summary>
    [Required]
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";

    /// <summary>The longest a print may take before it is given up.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:30:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(2);
}
