using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Riktning.Web.Features.SituationAnalysis;

/// <summary>
/// Renders the print view of an analysis to a string in the current request (its language included), for Chromium
/// to load without calling back into the server: the same partial as the web page, so the PDF cannot say anything else.
/// </summary>
public sealed class AnalysisHtml(IRazorViewEngine views, ITempDataProvider tempData)
{
    private const string PrintView = "/Features/SituationAnalysis/_Print.cshtml";

    public async Task<string> RenderAsync(HttpContext context, AnalysisPage page)
    {
        var found = views.GetView(executingFilePath: null, viewPath: PrintView, isMainPage: true);
        if (!found.Success)
        {
            throw new InvalidOperationException($"view {PrintView} not found");
        }

        var actionContext = new ActionContext(context, context.GetRouteData(), new ActionDescriptor());
        await using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var viewData = new ViewDataDictionary<AnalysisPage>(new EmptyModelMetadataProvider(), new ModelStateDictionary()) { Model = page };
        var viewContext = new ViewContext(actionContext, found.View, viewData, new TempDataDictionary(context, tempData), writer, new HtmlHelperOptions());
        await found.View.RenderAsync(viewContext);
        return writer.ToString();
    }
}
