using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Microsoft.AspNetCore.Http.HttpResults;
using Riktning.Importing.Tabular;

namespace Riktning.Web.Features.OpenData;

/// <summary>
/// How the API answers with a list that is not observations (regions, assessments, the cross-border registry): one
/// page (<see cref="ApiPage"/>) as JSON rows or CSV, with an ETag, <c>Cache-Control</c> and <c>Vary</c> from
/// <see cref="ConditionalGet"/>. These lists are small and change by edits that no store version counts (a project
/// saved on the web), so the tag is a hash of the answer itself: an edit changes it at once, in every instance.
/// </summary>
public static class ApiList
{
    /// <summary><c>format=json|csv</c>, else <c>Accept: text/csv</c>, else JSON.</summary>
    public static (ListFormat? Format, ParameterProblem? Problem) ParseFormat(string? format, string? accept) => format switch
    {
        null or "" => (accept is not null && accept.Contains("text/csv", StringComparison.OrdinalIgnoreCase) ? ListFormat.Csv : ListFormat.Json, null),
        "json" => (ListFormat.Json, null),
        "csv" => (ListFormat.Csv, null),
        _ => (null, new ParameterProblem("format", $"'{format}' is not a format; use json or csv.")),
    };

    /// <summary>The 400 for a query parameter the API cannot use; a <c>limit</c> above the cap names the cap.</summary>
    public static ProblemHttpResult Invalid(ParameterProblem problem, int maxRows) =>
        TypedResults.Problem(
            title: "Invalid query parameter",
            detail: problem.Detail,
            statusCode: StatusCodes.Status400BadRequest,
            extensions: problem.Parameter == "limit"
                ? new Dictionary<string, object?> { ["parameter"] = problem.Parameter, ["maxLimit"] = maxRows }
                : new Dictionary<string, object?> { ["parameter"] = problem.Parameter });

    /// <summary>
    /// The page <paramref name="page"/> of <paramref name="all"/> as <paramref name="format"/>; CSV by
    /// <paramref name="writeCsv"/> (a CsvHelper writer with <see cref="TabularText.ExportCsv"/>, so that formula
    /// prefixes are neutralised), downloaded as <paramref name="name"/>.csv.
    /// </summary>
    public static Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult> Send<T>(
        HttpContext context, string name, ListFormat format, ApiPage page, IReadOnlyList<T> all, JsonSerializerOptions json, Action<TextWriter, IReadOnlyList<T>> writeCsv)
    {
        var (rows, hasMore) = page.Of(all);
        byte[] body;
        string contentType;
        if (format == ListFormat.Csv)
        {
            using var text = new StringWriter();
            writeCsv(text, rows);
            body = Encoding.UTF8.GetBytes(text.ToString());
            contentType = "text/csv; charset=utf-8";
            context.Response.Headers.ContentDisposition = $"attachment; filename=\"{name}.csv\"";
        }
        else
        {
            body = JsonSerializer.SerializeToUtf8Bytes(new ListDocument<T>(rows), json);
            contentType = "application/json; charset=utf-8";
        }

        var tag = ConditionalGet.Tag($"{format}|{Convert.ToHexStringLower(SHA256.HashData(body))}");
        if (ConditionalGet.IsNotModified(context, tag, "Accept"))
        {
            context.Response.Headers.ContentDisposition = default;
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        if (hasMore)
        {
            ApiPage.LinkNext(context, page.Next);
        }

        return TypedResults.Bytes(body, contentType);
    }

    /// <summary>Writes <paramref name="rows"/> under <paramref name="columns"/> with the site's one CSV configuration.</summary>
    public static void WriteCsv<T>(TextWriter text, IReadOnlyList<string> columns, IEnumerable<T> rows, Func<T, IEnumerable<string?>> cells)
    {
        using var csv = new CsvWriter(text, TabularText.ExportCsv, leaveOpen: true);
        foreach (var column in columns)
        {
            csv.WriteField(column);
        }

        csv.NextRecord();
        foreach (var row in rows)
        {
            foreach (var cell in cells(row))
            {
                csv.WriteField(cell);
            }

            csv.NextRecord();
        }
    }
}
