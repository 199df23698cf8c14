using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace Riktning.Web.Features.OpenData;

/// <summary>
/// The open data API under <c>/api</c>: the strategy tree, indicators, measures and their observations as JSON,
/// JSON-stat 2.0 or CSV, cacheable by ETag and readable from any web origin. Described at <c>/openapi/v1.json</c>.
/// </summary>
public static class OpenDataApi
{
    /// <summary>The CORS policy of <c>/api</c>: any origin may read; pages are not covered.</summary>
    public const string CorsPolicy = "open-data";

    public static IServiceCollection AddOpenDataApi(this IServiceCollection services)
    {
        services.AddScoped<OpenDataQueries>();
        services.AddSingleton<ObservationAnswers>();
        services.AddCors(o => o.AddPolicy(CorsPolicy, policy => policy.AllowAnyOrigin().WithMethods("GET", "HEAD").WithExposedHeaders("ETag")));
        // Enums as the definition files spell them (not-applicable, birth-country), in the answers and in the OpenAPI schemas.
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
            // A last guard: a non-finite number that reached an answer is written as "NaN" instead of failing it.
            o.SerializerOptions.NumberHandling |= JsonNumberHandling.AllowNamedFloatingPointLiterals;
        });
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Riktning open data API";
            document.Info.Description = "The regional development strategy, its indicators and measures, and their statistics as JSON, JSON-stat 2.0 and CSV.";
            return Task.CompletedTask;
        }));
        return services;
    }

    public static IEndpointRouteBuilder MapOpenDataApi(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi();
        var api = app.MapGroup("/api").RequireCors(CorsPolicy).RequireRateLimiting(RequestLimits.ApiPolicy).WithTags("Open data")
            .AddEndpointFilter(AcceptableAsync)
            .ProducesProblem(StatusCodes.Status406NotAcceptable)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapGet("/strategy", GetStrategyAsync)
            .WithName("GetStrategy")
            .WithSummary("The current strategy: focus areas, goals, indicators and measures with their sources.")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/indicators/{id}", GetIndicatorAsync)
            .WithName("GetIndicator")
            .WithSummary("One indicator of the current strategy with its measures.")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/measures/{id}", GetMeasureAsync)
            .WithName("GetMeasure")
            .WithSummary("One measure of the current strategy with its source.")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/measures/{id}/observations", GetObservationsAsync)
            .WithName("GetObservations")
            .WithSummary("A measure's observations, filtered by region, period and breakdown, as JSON, JSON-stat 2.0, CSV or Excel (xlsx).")
            .Produces<ObservationsDocument>(StatusCodes.Status200OK, "application/json")
            .AddOpenApiOperationTransformer(DescribeOtherFormatsAsync)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapOpenDataLists();
        return app;
    }

    /// <summary>The current strategy as a tree: focus areas, goals, indicators and measures with their sources.</summary>
    /// <remarks>Texts are given in Swedish (sv) and, where translated, Norwegian bokmål (nb) and English (en).</remarks>
    /// <response code="200">The strategy tree.</response>
    /// <response code="304">The client's copy (If-None-Match) is current.</response>
    /// <response code="404">No strategy is loaded.</response>
    public static async Task<Results<Ok<StrategyDocument>, StatusCodeHttpResult, ProblemHttpResult>> GetStrategyAsync(
        SiteDefinitions site, HttpContext context, CancellationToken cancellationToken)
    {
        if (await site.StrategyAsync(null, cancellationToken) is not { } loaded)
        {
            return NotFound("No strategy is loaded.");
        }

        if (ConditionalGet.IsNotModified(context, Version(loaded)))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Ok(ToDocument(loaded));
    }

    /// <summary>One indicator of the current strategy, with the goal and focus area it follows up and its measures.</summary>
    /// <param name="id">The indicator's id, e.g. <c>befolkning-i-arbetsfor-alder</c>.</param>
    /// <response code="200">The indicator.</response>
    /// <response code="304">The client's copy (If-None-Match) is current.</response>
    /// <response code="404">The current strategy has no indicator with this id.</response>
    public static async Task<Results<Ok<IndicatorDocument>, StatusCodeHttpResult, ProblemHttpResult>> GetIndicatorAsync(
        string id, SiteDefinitions site, HttpContext context, CancellationToken cancellationToken)
    {
        var loaded = await site.StrategyAsync(null, cancellationToken);
        var match = loaded?.Definition.FocusAreas
            .SelectMany(a => a.Goals.SelectMany(g => g.Indicators.Select(i => ToDocument(a, g, i))))
            .FirstOrDefault(i => i.Id == id);
        if (loaded is null || match is null)
        {
            return NotFound($"The current strategy has no indicator '{id}'.");
        }

        if (ConditionalGet.IsNotModified(context, Version(loaded)))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Ok(match);
    }

    /// <summary>One measure of the current strategy: its name, unit, direction and source.</summary>
    /// <param name="id">The measure's id, e.g. <c>folkmangd-20-64</c>.</param>
    /// <response code="200">The measure.</response>
    /// <response code="304">The client's copy (If-None-Match) is current.</response>
    /// <response code="404">The current strategy has no measure with this id.</response>
    public static async Task<Results<Ok<MeasureDocument>, StatusCodeHttpResult, ProblemHttpResult>> GetMeasureAsync(
        string id, SiteDefinitions site, HttpContext context, CancellationToken cancellationToken)
    {
        var loaded = await site.StrategyAsync(null, cancellationToken);
        if (loaded is null || FindMeasure(loaded.Definition, id) is not { } measure)
        {
            return NotFound($"The current strategy has no measure '{id}'.");
        }

        if (ConditionalGet.IsNotModified(context, Version(loaded)))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Ok(measure);
    }

    /// <summary>A measure's observations, filtered, as JSON rows, a JSON-stat 2.0 dataset, CSV or an Excel workbook.</summary>
    /// <remarks>
    /// JSON-stat 2.0 is chosen by <c>?format=json-stat2</c> or <c>Accept: application/json+stat</c>; its dimensions are
    /// region, breakdown and period, missing combinations are null, and statuses use the PxWeb symbols
    /// (<c>..</c> missing, <c>.</c> not applicable, <c>-</c> nil) followed by the Eurostat flag letters (<c>b</c> break in series,
    /// <c>d</c> definition differs, <c>e</c> estimated, <c>p</c> provisional, <c>u</c> low reliability, <c>c</c> confidential).
    /// Answers carry an ETag that changes when an import changes the measure's data; an import made by another process
    /// (the command line, another instance) is seen within a second (<c>Riktning:StoreVersionCheckInterval</c>).
    /// JSON, JSON-stat and CSV are sent Brotli- or gzip-compressed when the request's Accept-Encoding allows it.
    /// </remarks>
    /// <param name="id">The measure's id, e.g. <c>folkmangd-20-64</c>.</param>
    /// <param name="region">Region keys to include (repeatable), e.g. <c>SE-17</c>, <c>SE-1780</c>, <c>NO-34</c>; all when absent.</param>
    /// <param name="period">Periods to include (repeatable), e.g. <c>2024</c>, <c>2024K1</c>; all when absent.</param>
    /// <param name="from">The first period to include.</param>
    /// <param name="to">The last period to include.</param>
    /// <param name="breakdown">Breakdowns to include (repeatable) in canonical form, e.g. <c>sex=women</c>; <c>total</c> for the total.</param>
    /// <param name="format"><c>json</c> (default), <c>json-stat2</c>, <c>csv</c> or <c>xlsx</c> (the CSV columns in one sheet).</param>
    /// <param name="limit">The most rows in this answer, 1 to <c>Riktning:Limits:ApiMaxRows</c> (default 10 000, also the default limit).</param>
    /// <param name="offset">Rows of the selection to skip (default 0); when more rows follow, the answer's <c>Link</c> header has <c>rel="next"</c>.</param>
    /// <response code="200">The observations.</response>
    /// <response code="304">The client's copy (If-None-Match) is current.</response>
    /// <response code="400">A query parameter is invalid, or <c>limit</c> is above the cap; the problem names the parameter (and the cap).</response>
    /// <response code="404">The current strategy has no measure with this id.</response>
    public static async Task<Results<FileContentHttpResult, PushStreamHttpResult, StatusCodeHttpResult, ProblemHttpResult>> GetObservationsAsync(
        string id,
        string[]? region,
        string[]? period,
        string? from,
        string? to,
        string[]? breakdown,
        string? format,
        string? limit,
        string? offset,
        IOptions<LimitSettings> limits,
        StoreVersionSnapshot versions,
        ObservationAnswers answers,
        SiteDefinitions site,
        HttpContext context,
        CancellationToken cancellationToken)
    {
        // A cached answer exists only for a measure of the current strategy and a valid filter, so a hit needs neither
        // the strategy nor the store: the whole request is this lookup and a copy. The version is the measure's: an
        // import into another measure keeps the answer and its ETag.
        var version = (await versions.CurrentAsync(cancellationToken)).ForMeasures([id]);
        var maxRows = limits.Value.ApiMaxRows;
        var (filter, problem) = ObservationFilter.Parse(region, period, from, to, breakdown, format, context.Request.Headers.Accept.ToString(), limit, offset, maxRows);
        var key = filter is null ? null : ObservationAnswers.Key(id, filter);
        if (key is not null && answers.TryGet(key, version, out var cached) && !cached!.Streamed)
        {
            return Send(context, cached!);
        }

        var loaded = await site.StrategyAsync(null, cancellationToken);
        if (loaded is null || FindMeasure(loaded.Definition, id) is not { } measure)
        {
            return NotFound($"The current strategy has no measure '{id}'.");
        }

        if (filter is null || key is null)
        {
            return ApiList.Invalid(problem!, maxRows);
        }

        // A 304 for a client that has this version needs no observation read.
        var tag = ConditionalGet.Tag($"{Version(loaded)}|{version.LatestBatch}|{id}|{filter.Key}");
        if (ConditionalGet.IsNotModified(context, tag, ObservationVary))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var answer = await answers.GetOrBuildAsync(key, version, measure, filter, tag, cancellationToken);
        if (!answer.Streamed)
        {
            return Send(context, answer);
        }

        // Larger than what is kept: written while it is read. The next link is known before the first byte is sent.
        var services = context.RequestServices;
        if (await services.GetRequiredService<OpenDataQueries>().HasMoreAsync(measure.Id, filter, cancellationToken))
        {
            ApiPage.LinkNext(context, filter.Offset + filter.Limit);
        }

        if (filter.Format == ObservationFormat.Csv)
        {
            context.Response.Headers.ContentDisposition = $"attachment; filename=\"{measure.Id}.csv\"";
        }

        var contentType = filter.Format == ObservationFormat.Csv ? "text/csv; charset=utf-8" : "application/json; charset=utf-8";
        return TypedResults.Stream(body => answers.StreamAsync(body, services, measure, filter, context.RequestAborted), contentType);
    }

    /// <summary>Produces&lt;ObservationsDocument&gt; documents the JSON rows; the other representations of a 200 are added here.</summary>
    private static async Task DescribeOtherFormatsAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.Responses?.TryGetValue("200", out var ok) is true && ok.Content is { } content)
        {
            content["application/json+stat"] = new OpenApiMediaType { Schema = await context.GetOrCreateSchemaAsync(typeof(JsonStatDataset), null, cancellationToken) };
            content["text/csv"] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
            content[ObservationXlsx.MediaType] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } };
        }
    }

    /// <summary>
    /// The representation depends on Accept (JSON or JSON-stat) and the content coding on Accept-Encoding; the answers
    /// carry their own compressed forms, so the response compression middleware leaves them alone.
    /// </summary>
    private const string ObservationVary = "Accept, Accept-Encoding";

    private static Results<FileContentHttpResult, PushStreamHttpResult, StatusCodeHttpResult, ProblemHttpResult> Send(HttpContext context, ObservationAnswer answer)
    {
        if (ConditionalGet.IsNotModified(context, answer.ETag, answer.ETagText, ObservationVary))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var (body, encoding) = answer.Encoded(context.Request.Headers.AcceptEncoding);
        var headers = context.Response.Headers;
        if (encoding is not null)
        {
            headers.ContentEncoding = encoding;
        }

        if (answer.ContentDisposition is not null)
        {
            headers.ContentDisposition = answer.ContentDisposition;
        }

        if (answer.NextOffset is { } next)
        {
            ApiPage.LinkNext(context, next);
        }

        return TypedResults.Bytes(body, answer.ContentType);
    }

    /// <summary>
    /// What the API can answer with: JSON (and problem details), JSON-stat, CSV and xlsx. A request whose Accept header
    /// allows none of them (<c>image/png</c>) gets 406 instead of a representation it did not ask for.
    /// </summary>
    private static readonly string[] Representations =
        ["application/json", "application/problem+json", "application/json+stat", "application/stat+json", "text/csv", ObservationXlsx.MediaType];

    private static async ValueTask<object?> AcceptableAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var accept = invocation.HttpContext.Request.Headers.Accept;
        if (accept.Count == 0 || !Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParseList(accept, out var ranges)
            || ranges.Any(range => (range.Quality ?? 1) > 0 && Representations.Any(r => new Microsoft.Net.Http.Headers.MediaTypeHeaderValue(r).IsSubsetOf(range))))
        {
            return await next(invocation);
        }

        return TypedResults.Problem(
            title: "Not acceptable",
            detail: $"The API answers with {string.Join(", ", Representations)}; the Accept header allows none of them.",
            statusCode: StatusCodes.Status406NotAcceptable);
    }

    private static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(title: "Not found", detail: detail, statusCode: StatusCodes.Status404NotFound);

    private static string Version(LoadedDefinition loaded) => $"{loaded.Definition.Id}:{loaded.RevisionNumber}";

    private static MeasureDocument? FindMeasure(StrategyDefinition definition, string id) =>
        definition.Indicators.SelectMany(i => i.Measures.Select(m => ToDocument(i, m))).FirstOrDefault(m => m.Id == id);

    private static StrategyDocument ToDocument(LoadedDefinition loaded)
    {
        var definition = loaded.Definition;
        return new StrategyDocument(
            definition.Id,
            definition.Title,
            definition.Owner,
            loaded.RevisionNumber,
            definition.Revision.Label,
            definition.Revision.BaselineYear,
            definition.Vision,
            [.. definition.FocusAreas.Select(area => new FocusAreaDocument(
                area.Id,
                area.Name,
                area.StrategicDirection,
                [.. area.Goals.Select(goal => new GoalDocument(
                    goal.Id,
                    goal.Name,
                    goal.Perspectives,
                    [.. goal.Indicators.Select(indicator => ToDocument(area, goal, indicator))]))]))]);
    }

    private static IndicatorDocument ToDocument(Riktning.Strategy.FocusArea area, Goal goal, Indicator indicator) =>
        new(indicator.Id, area.Id, goal.Id, indicator.Name, indicator.Description, indicator.Direction, indicator.Breakdowns,
            [.. indicator.Measures.Select(m => ToDocument(indicator, m))]);

    private static MeasureDocument ToDocument(Indicator indicator, Measure measure) =>
        new(measure.Id, indicator.Id, measure.Name, measure.Unit, measure.Direction ?? indicator.Direction,
            new MeasureSourceDocument(measure.Source.Type, measure.Source.Id, measure.Source.Note),
            $"/api/measures/{Uri.EscapeDataString(measure.Id)}/observations");
}
