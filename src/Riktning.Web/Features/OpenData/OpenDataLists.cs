using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Riktning.Analysis;
using Riktning.CrossBorder;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Riktning.Web.Features.OpenData;

/// <summary>
/// The open data API beyond statistics: regions with their validity periods, the assessment of every indicator and
/// goal, and the public cross-border registry. Each is a list paged by <see cref="ApiPage"/> and answered by
/// <see cref="ApiList"/> as JSON or CSV, under the same CORS policy, rate limit and problem details as the rest of <c>/api</c>.
/// </summary>
public static class OpenDataLists
{
    private static readonly string[] RegionColumns = ["key", "country", "code", "level", "name", "parent", "valid_from", "valid_to"];
    private static readonly string[] IndicatorColumns = ["indicator", "goal", "focus_area", "region", "status", "better", "worse", "unchanged", "not_enough_data", "measures"];
    private static readonly string[] GoalColumns = ["goal", "focus_area", "region", "status", "better", "worse", "unchanged", "not_enough_data", "indicators"];
    private static readonly string[] AgreementColumns = ["id", "title", "parties", "signed_on", "valid_to", "summary", "link"];
    private static readonly string[] ActivityColumns = ["id", "kind", "title", "date", "place", "organiser", "project"];
    private static readonly string[] KnowledgeColumns = ["id", "title", "kind", "url", "publisher", "year", "language", "summary", "keywords", "cooperation_areas"];

    private static readonly AssessmentList<IndicatorAssessmentDocument> IndicatorAssessments = new(
        "indicator",
        rollup => rollup.FocusAreas.SelectMany(a => a.Goals.SelectMany(g => g.Indicators.Select(i => new IndicatorAssessmentDocument(
            i.IndicatorId, g.GoalId, a.FocusAreaId, rollup.Region, i.Counts.Status, i.Counts.Better, i.Counts.Worse, i.Counts.Unchanged, i.Counts.NotEnoughData,
            [.. i.Measures.Select(m => new MeasureAssessmentDocument(m.Key, m.Value))])))),
        i => i.Indicator,
        IndicatorColumns,
        i => [i.Indicator, i.Goal, i.FocusArea, i.Region, Codes.Format(i.Status), Number(i.Better), Number(i.Worse), Number(i.Unchanged), Number(i.NotEnoughData),
            Codes.JoinList(i.Measures.Select(m => $"{m.Measure}={Codes.Format(m.Assessment)}"))]);

    private static readonly AssessmentList<GoalAssessmentDocument> GoalAssessments = new(
        "goal",
        rollup => rollup.FocusAreas.SelectMany(a => a.Goals.Select(g => new GoalAssessmentDocument(
            g.GoalId, a.FocusAreaId, rollup.Region, g.Counts.Status, g.Counts.Better, g.Counts.Worse, g.Counts.Unchanged, g.Counts.NotEnoughData,
            [.. g.Indicators.Select(i => i.IndicatorId)]))),
        g => g.Goal,
        GoalColumns,
        g => [g.Goal, g.FocusArea, g.Region, Codes.Format(g.Status), Number(g.Better), Number(g.Worse), Number(g.Unchanged), Number(g.NotEnoughData), Codes.JoinList(g.Indicators)]);

    // The paging and format parameters every list shares, described once for OpenAPI (see Describe).
    private static readonly Dictionary<string, string> SharedParameters = new(StringComparer.Ordinal)
    {
        ["format"] = "`json` (default) or `csv`; `Accept: text/csv` chooses CSV too.",
        ["limit"] = "The most rows in this answer, 1 to `Riktning:Limits:ApiMaxRows` (also the default).",
        ["offset"] = "Rows to skip (default 0); when more follow, the `Link` header has `rel=\"next\"`.",
    };

    public static RouteGroupBuilder MapOpenDataLists(this RouteGroupBuilder api)
    {
        Describe<RegionDocument>(api.MapGet("/regions", GetRegionsAsync), "GetRegions",
            "Regions (countries, counties, municipalities) with the period each code was valid, as JSON or CSV.");
        Describe<IndicatorAssessmentDocument>(api.MapGet("/assessments/indicators", GetIndicatorAssessmentsAsync), "GetIndicatorAssessments",
            "Every indicator's assessment in the strategy's region, as JSON or CSV.");
        Describe<IndicatorAssessmentDocument>(api.MapGet("/indicators/{id}/assessment", GetIndicatorAssessmentAsync), "GetIndicatorAssessment",
            "One indicator's assessment in the strategy's region, as JSON or CSV.").ProducesProblem(StatusCodes.Status404NotFound);
        Describe<GoalAssessmentDocument>(api.MapGet("/assessments/goals", GetGoalAssessmentsAsync), "GetGoalAssessments",
            "Every goal's assessment in the strategy's region, as JSON or CSV.");
        Describe<GoalAssessmentDocument>(api.MapGet("/goals/{id}/assessment", GetGoalAssessmentAsync), "GetGoalAssessment",
            "One goal's assessment in the strategy's region, as JSON or CSV.").ProducesProblem(StatusCodes.Status404NotFound);
        Describe<ProjectInput>(api.MapGet("/cooperation/projects", GetProjectsAsync), "GetCrossBorderProjects",
            "The public registry of cross-border projects, filtered as on the site; CSV in the import layout (docs/projects-format.md).");
        Describe<AgreementDocument>(api.MapGet("/cooperation/agreements", GetAgreementsAsync), "GetCooperationAgreements",
            "The public registry of cooperation agreements, as JSON or CSV.");
        Describe<ActivityDocument>(api.MapGet("/cooperation/activities", GetActivitiesAsync), "GetCrossBorderActivities",
            "The public registry of cross-border activities, as JSON or CSV.");
        Describe<KnowledgeDocument>(api.MapGet("/cooperation/knowledge", GetKnowledgeAsync), "GetKnowledgeItems",
            "The public knowledge base, as JSON or CSV.");
        return api;
    }

    /// <summary>Regions with their validity periods, ordered by country, code and start of validity.</summary>
    /// <param name="country">Only this country: <c>SE</c> or <c>NO</c>.</param>
    /// <param name="level">Only this level: <c>country</c>, <c>county</c> or <c>municipality</c>.</param>
    /// <param name="on">Only the codes valid on this day (<c>2024-01-01</c>).</param>
    public static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult>> GetRegionsAsync(
        string? country, string? level, string? on, string? format, string? limit, string? offset,
        RegionRegistry regions, IOptions<LimitSettings> limits, IOptions<JsonOptions> json, HttpContext context, CancellationToken cancellationToken)
    {
        var (request, problem) = Parse(format, limit, offset, context, limits.Value.ApiMaxRows);
        RegionLevel? wantedLevel = null;
        DateOnly? day = null;
        if (problem is null && country is not null && country is not ("SE" or "NO"))
        {
            problem = new("country", $"'{country}' is not a country; use SE or NO.");
        }

        if (problem is null && level is not null)
        {
            wantedLevel = Codes.TryParse<RegionLevel>(level, out var parsed) ? parsed : null;
            problem = wantedLevel is null ? new("level", $"'{level}' is not a level; use country, county or municipality.") : null;
        }

        if (problem is null && on is not null)
        {
            day = DateOnly.TryParseExact(on, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null;
            problem = day is null ? new("on", $"'{on}' is not a day such as 2024-01-01.") : null;
        }

        if (problem is not null)
        {
            return ApiList.Invalid(problem, limits.Value.ApiMaxRows);
        }

        var rows = (await regions.ListAsync(country, wantedLevel, day, cancellationToken))
            .Select(r => new RegionDocument(r.Key, r.Country, r.Code, r.Level, r.Name, r.ParentCode is null ? null : RegionKey.Format(r.Country, r.ParentCode), r.ValidFrom, r.ValidTo))
            .ToList();
        return Send(context, "regions", request!, rows, json, (text, page) => ApiList.WriteCsv(text, RegionColumns, page, r =>
            [r.Key, r.Country, r.Code, Codes.Format(r.Level), r.Name, r.Parent, Day(r.ValidFrom), Day(r.ValidTo)]));
    }

    /// <summary>Every indicator's assessment in the strategy's region, in the strategy's order.</summary>
    public static Task<Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult>> GetIndicatorAssessmentsAsync(
        string? format, string? limit, string? offset, SiteDefinitions site, IndicatorAnalysisService analysis,
        IOptions<LimitSettings> limits, IOptions<JsonOptions> json, HttpContext context, CancellationToken cancellationToken) =>
        IndicatorAssessmentsAsync(null, format, limit, offset, site, analysis, limits, json, context, cancellationToken);

    /// <summary>One indicator's assessment in the strategy's region.</summary>
    /// <param name="id">The indicator's id, e.g. <c>befolkning-i-arbetsfor-alder</c>.</param>
    public static Task<Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult>> GetIndicatorAssessmentAsync(
        string id, string? format, SiteDefinitions site, IndicatorAnalysisService analysis,
        IOptions<LimitSettings> limits, IOptions<JsonOptions> json, HttpContext context, CancellationToken cancellationToken) =>
        IndicatorAssessmentsAsync(id, format, null, null, site, analysis, limits, json, context, cancellationToken);

    /// <summary>Every goal's assessment in the strategy's region, in the strategy's order.</summary>
    public static Task<Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult>> GetGoalAssessmentsAsync(
        string? format, string? limit, string? offset, SiteDefinitions site, IndicatorAnalysisService analysis,
        IOptions<LimitSettings> limits, IOptions<JsonOptions> json, HttpContext context, CancellationToken cancellationToken) =>
        GoalAssessmentsAsync(null, format, limit, offset, site, analysis, limits, json, context, cancellationToken);

    /// <summary>One goal's assessment in the strategy's region.</summary>
    /// <param name="id">The goal's id.</param>
    public static Task<Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult>> GetGoalAssessmentAsync(
        string id, string? format, SiteDefinitions site, IndicatorAnalysisService analysis,
        IOptions<LimitSettings> limits, IOptions<JsonOptions> json, HttpContext context, CancellationToken cancellationToken) =>
        GoalAssessmentsAsync(id, format, null, null, site, analysis, limits, json, context, cancellationToken);

    /// <summary>The public cross-border projects, newest start first, filtered as the site's list is.</summary>
    /// <param name="q">Words that the name, summary or partners contain.</param>
    /// <param name="area">A cooperation area's id.</param>
    /// <param name="business">A business area's id.</param>
    /// <param name="recommendation">A recommendation's id.</param>
    /// <param name="region">A region key; a county matches its municipalities too.</param>
    /// <param name="status">A project status (<c>ongoing</c> …).</param>
    /// <param name="year">Projects running in this year.</param>
    public static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult>> GetProjectsAsync(
        string? q, string? area, string? business, string? recommendation, string? region, string? status, string? year,
        string? format, string? limit, string? offset,
        CrossBorderRegistry registry, IOptions<LimitSettings> limits, IOptions<JsonOptions> json, HttpContext context, CancellationToken cancellationToken)
    {
        var (request, problem) = Parse(format, limit, offset, context, limits.Value.ApiMaxRows);
        ProjectStatus? wantedStatus = null;
        int? wantedYear = null;
        if (problem is null && status is not null)
        {
            wantedStatus = Codes.TryParse<ProjectStatus>(status, out var parsed) ? parsed : null;
            problem = wantedStatus is null ? new("status", $"'{status}' is not a project status; use {string.Join(", ", Codes.All<ProjectStatus>())}.") : null;
        }

        if (problem is null && year is not null)
        {
            wantedYear = int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed is > 1900 and < 2200 ? parsed : null;
            problem = wantedYear is null ? new("year", $"'{year}' is not a year such as 2025.") : null;
        }

        if (problem is not null)
        {
            return ApiList.Invalid(problem, limits.Value.ApiMaxRows);
        }

        var query = new ProjectQuery { Text = q, CooperationArea = area, BusinessArea = business, Recommendation = recommendation, Region = region, Status = wantedStatus, Year = wantedYear };
        var rows = (await registry.ListAsync(query, cancellationToken)).Select(p => ProjectInput.From(p, p.Organisation?.Key ?? "")).ToList();
        return Send(context, "cross-border-projects", request!, rows, json, (text, page) => ProjectFile.WriteCsv(text, page));
    }

    /// <summary>The public cooperation agreements, newest first.</summary>
    public static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult>> GetAgreementsAsync(
        string? format, string? limit, string? offset,
        CrossBorderRegistry registry, IOptions<LimitSettings> limits, IOptions<JsonOptions> json, HttpContext context, CancellationToken cancellationToken)
    {
        var (request, problem) = Parse(format, limit, offset, context, limits.Value.ApiMaxRows);
        if (problem is not null)
        {
            return ApiList.Invalid(problem, limits.Value.ApiMaxRows);
        }

        var rows = (await registry.AgreementsAsync(cancellationToken))
            .Select(a => new AgreementDocument(a.Id, a.Title, a.PartyKeys, a.SignedOn, a.ValidTo, a.Summary, a.Link)).ToList();
        return Send(context, "cooperation-agreements", request!, rows, json, (text, page) => ApiList.WriteCsv(text, AgreementColumns, page, a =>
            [Number(a.Id), a.Title, Codes.JoinList(a.Parties), Day(a.SignedOn), Day(a.ValidTo), a.Summary, a.Link]));
    }

    /// <summary>The public cross-border activities, newest first.</summary>
    public static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult>> GetActivitiesAsync(
        string? format, string? limit, string? offset,
        CrossBorderRegistry registry, RiktningDb db, IOptions<LimitSettings> limits, IOptions<JsonOptions> json, HttpContext context, CancellationToken cancellationToken)
    {
        var (request, problem) = Parse(format, limit, offset, context, limits.Value.ApiMaxRows);
        if (problem is not null)
        {
            return ApiList.Invalid(problem, limits.Value.ApiMaxRows);
        }

        var organisations = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Key, cancellationToken);
        var projects = await db.CrossBorderProjects.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Key, cancellationToken);
        var rows = (await registry.ActivitiesAsync(cancellationToken))
            .Select(a => new ActivityDocument(a.Id, a.Kind, a.Title, a.Date, a.Place, organisations.GetValueOrDefault(a.OrganisationId),
                a.ProjectId is { } project ? projects.GetValueOrDefault(project) : null))
            .ToList();
        return Send(context, "cross-border-activities", request!, rows, json, (text, page) => ApiList.WriteCsv(text, ActivityColumns, page, a =>
            [Number(a.Id), Codes.Format(a.Kind), a.Title, Day(a.Date), a.Place, a.Organiser, a.Project]));
    }

    /// <summary>The public knowledge base, newest first.</summary>
    /// <param name="q">Words that the title, publisher, summary or keywords contain.</param>
    /// <param name="area">A cooperation area's id.</param>
    /// <param name="kind">A kind of entry (<c>report</c>, <c>study</c> …).</param>
    public static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult>> GetKnowledgeAsync(
        string? q, string? area, string? kind, string? format, string? limit, string? offset,
        CrossBorderRegistry registry, IOptions<LimitSettings> limits, IOptions<JsonOptions> json, HttpContext context, CancellationToken cancellationToken)
    {
        var (request, problem) = Parse(format, limit, offset, context, limits.Value.ApiMaxRows);
        KnowledgeKind? wantedKind = null;
        if (problem is null && kind is not null)
        {
            wantedKind = Codes.TryParse<KnowledgeKind>(kind, out var parsed) ? parsed : null;
            problem = wantedKind is null ? new("kind", $"'{kind}' is not a kind; use {string.Join(", ", Codes.All<KnowledgeKind>())}.") : null;
        }

        if (problem is not null)
        {
            return ApiList.Invalid(problem, limits.Value.ApiMaxRows);
        }

        var rows = (await registry.KnowledgeAsync(q, area, wantedKind, cancellationToken))
            .Select(k => new KnowledgeDocument(k.Id, k.Title, k.Kind, k.Url, k.Publisher, k.Year, k.Language, k.Summary, k.Keywords, k.CooperationAreas)).ToList();
        return Send(context, "knowledge", request!, rows, json, (text, page) => ApiList.WriteCsv(text, KnowledgeColumns, page, k =>
            [Number(k.Id), k.Title, Codes.Format(k.Kind), k.Url, k.Publisher, k.Year is { } y ? Number(y) : null, k.Language, k.Summary,
                Codes.JoinList(k.Keywords), Codes.JoinList(k.CooperationAreas)]));
    }

    private static Task<Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult>> IndicatorAssessmentsAsync(
        string? id, string? format, string? limit, string? offset, SiteDefinitions site, IndicatorAnalysisService analysis,
        IOptions<LimitSettings> limits, IOptions<JsonOptions> json, HttpContext context, CancellationToken cancellationToken) =>
        AssessmentsAsync(IndicatorAssessments, id, format, limit, offset, site, analysis, limits, json, context, cancellationToken);

    private static Task<Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult>> GoalAssessmentsAsync(
        string? id, string? format, string? limit, string? offset, SiteDefinitions site, IndicatorAnalysisService analysis,
        IOptions<LimitSettings> limits, IOptions<JsonOptions> json, HttpContext context, CancellationToken cancellationToken) =>
        AssessmentsAsync(GoalAssessments, id, format, limit, offset, site, analysis, limits, json, context, cancellationToken);

    /// <summary>The whole list (no <paramref name="id"/>) or one item of the strategy's roll-up, as JSON or CSV.</summary>
    private static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult>> AssessmentsAsync<T>(
        AssessmentList<T> list, string? id, string? format, string? limit, string? offset, SiteDefinitions site, IndicatorAnalysisService analysis,
        IOptions<LimitSettings> limits, IOptions<JsonOptions> json, HttpContext context, CancellationToken cancellationToken)
    {
        var (request, problem) = Parse(format, limit, offset, context, limits.Value.ApiMaxRows);
        if (problem is not null)
        {
            return ApiList.Invalid(problem, limits.Value.ApiMaxRows);
        }

        if (await site.StrategyAsync(null, cancellationToken) is not { } loaded)
        {
            return NotFound("No strategy is loaded.");
        }

        var rollup = await analysis.RollupAsync(loaded.Definition, cancellationToken: cancellationToken);
        var rows = list.Rows(rollup).Where(row => id is null || list.Id(row) == id).ToList();
        if (id is not null && rows.Count == 0)
        {
            return NotFound($"The current strategy has no {list.Noun} '{id}'.");
        }

        return Send(context, id is null ? $"{list.Noun}-assessments" : $"{id}-assessment", request!, rows, json,
            (text, page) => ApiList.WriteCsv(text, list.Columns, page, list.CsvCells));
    }

    private static (ListRequest? Request, ParameterProblem? Problem) Parse(string? format, string? limit, string? offset, HttpContext context, int maxRows)
    {
        var (page, problem) = ApiPage.Parse(limit, offset, maxRows);
        if (page is null)
        {
            return (null, problem);
        }

        var (chosen, formatProblem) = ApiList.ParseFormat(format, context.Request.Headers.Accept.ToString());
        return chosen is null ? (null, formatProblem) : (new ListRequest(page, chosen.Value), null);
    }

    private static Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult> Send<T>(
        HttpContext context, string name, ListRequest request, IReadOnlyList<T> rows, IOptions<JsonOptions> json, Action<TextWriter, IReadOnlyList<T>> writeCsv) =>
        ApiList.Send(context, name, request.Format, request.Page, rows, json.Value.SerializerOptions, writeCsv);

    private static RouteHandlerBuilder Describe<T>(RouteHandlerBuilder endpoint, string name, string summary) =>
        endpoint.WithName(name).WithSummary(summary)
            .Produces<ListDocument<T>>(StatusCodes.Status200OK, "application/json")
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                if (operation.Responses?.TryGetValue("200", out var ok) is true && ok.Content is { } content)
                {
                    content["text/csv"] = new Microsoft.OpenApi.OpenApiMediaType { Schema = new Microsoft.OpenApi.OpenApiSchema { Type = Microsoft.OpenApi.JsonSchemaType.String } };
                }

                foreach (var parameter in (operation.Parameters ?? []).OfType<Microsoft.OpenApi.OpenApiParameter>())
                {
                    if (parameter.Name is { } shared && SharedParameters.TryGetValue(shared, out var description))
                    {
                        parameter.Description = description;
                    }
                }

                return Task.CompletedTask;
            })
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(title: "Not found", detail: detail, statusCode: StatusCodes.Status404NotFound);

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed record ListRequest(ApiPage Page, ListFormat Format);

    /// <summary>An assessment list read from the roll-up: its rows, each row's id, and its CSV columns.</summary>
    private sealed record AssessmentList<T>(
        string Noun, Func<StrategyRollup, IEnumerable<T>> Rows, Func<T, string> Id, string[] Columns, Func<T, IEnumerable<string?>> CsvCells);
}
