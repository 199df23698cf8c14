using Microsoft.AspNetCore.Http.HttpResults;
using Riktning.SituationAnalysis;

namespace Riktning.Web.Features.SituationAnalysis;

/// <summary>The published analysis as PDF and Excel, in the reader's language (<c>?culture=</c> or the language cookie).</summary>
public static class AnalysisExports
{
    public static IServiceCollection AddSituationAnalysisPages(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PdfOptions>().Bind(configuration.GetSection(PdfOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<AnalysisPdfPrinter>();
        services.AddScoped<AnalysisHtml>();
        return services;
    }

    public static IEndpointRouteBuilder MapSituationAnalysisExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/analysis/{id:int}/pdf", PdfAsync).WithName("AnalysisPdf").WithSummary("A published situation analysis as a tagged PDF.").ExcludeFromDescription();
        app.MapGet("/analysis/{id:int}/xlsx", XlsxAsync).WithName("AnalysisXlsx").WithSummary("Every figure a published situation analysis cites, as Excel.").ExcludeFromDescription();
        return app;
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> PdfAsync(
        int id, HttpContext context, SituationAnalysisService analyses, RegionRegistry regions, AnalysisHtml html, AnalysisPdfPrinter printer,
        IStringLocalizer<SharedResource> t, CancellationToken cancellationToken)
    {
        if (await PublishedAsync(id, analyses, regions, print: true, cancellationToken) is not { } page)
        {
            return TypedResults.NotFound();
        }

        var markup = await html.RenderAsync(context, page);
        var pdf = await printer.PrintAsync(markup, t["Analysis.Title", page.Content.Year].Value, t["Analysis.PageOf"].Value, cancellationToken);
        return TypedResults.File(pdf, "application/pdf", FileName(page, "pdf"));
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> XlsxAsync(
        int id, SituationAnalysisService analyses, RegionRegistry regions, IStringLocalizer<SharedResource> t, CancellationToken cancellationToken)
    {
        if (await PublishedAsync(id, analyses, regions, print: false, cancellationToken) is not { } page)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.File(AnalysisXlsx.Write(page, t), AnalysisXlsx.MediaType, FileName(page, "xlsx"));
    }

    /// <summary>Only a published analysis is exported: a draft's figures are not yet anyone's to cite.</summary>
    private static async Task<AnalysisPage?> PublishedAsync(int id, SituationAnalysisService analyses, RegionRegistry regions, bool print, CancellationToken cancellationToken) =>
        await analyses.FindAsync(id, cancellationToken) is { Status: AnalysisStatus.Published } stored
            ? new AnalysisPage(await analyses.ViewAsync(stored, cancellationToken), await AnalysisAccess.RegionNamesAsync(regions, cancellationToken), print)
            : null;

    private static string FileName(AnalysisPage page, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"nulagesanalys-{page.Content.StrategyId}-{page.Content.Year}-{CultureInfo.CurrentUICulture.TwoLetterISOLanguageName}.{extension}");
}
