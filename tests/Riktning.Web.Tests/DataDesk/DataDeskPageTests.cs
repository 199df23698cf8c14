using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Riktning.Accounts;
using Riktning.Data;
using Riktning.Testing;
using Riktning.Web.Tests.Accounts;

namespace Riktning.Web.Tests.DataDesk;

/// <summary>
/// The data desk: an upload previewed then confirmed stores exactly the previewed rows; a bad file shows the import's
/// error and stores nothing; undo through the page, a superseded batch refused; only analysts and administrators.
/// </summary>
public sealed partial class DataDeskPageTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private const string PxFile = "scb_BE0101N1_sv_iso8859-1.px";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<DatabaseProvider> AllProviders => [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task UploadPx_PreviewThenConfirm_StoresExactlyThePreviewedRows(DatabaseProvider provider)
    {
        const string measure = "folkmangd-20-64";
        var analyst = await TestAccounts.SignInAsync(site.Factory(provider), RoleNames.Analyst);
        var file = await File.ReadAllBytesAsync(RepositoryPaths.SharedData("px", PxFile), Ct);

        // SCB's own table (TAB638) for a measure bound to Kolada's copy of it (N01955): taken only with the analyst's reason.
        const string reason = "SCB's TAB638 is the source Kolada's N01955 copies";
        var preview = await PreviewAsync(analyst.Client, measure, file, PxFile, "Px", region: "Region", breakdowns: "sex=Kon", filters: "Civilstand=OG\nAlder=45-54\nContentsCode=BE0101N1", mismatchReason: reason);
        var batchesAfterPreview = await BatchCountAsync(provider, measure);
        var previewed = PreviewRows(preview);
        var stored = await ConfirmAsync(analyst.Client, measure, preview);
        var rows = await StoredRowsAsync(provider, measure);

        Assert.Contains($"12 observations from {PxFile}: 12 new, 0 changed, 0 unchanged. Nothing is stored yet.", preview, StringComparison.Ordinal);
        Assert.Contains("4 of them are totals Riktning derived as women + men.", WebUtility.HtmlDecode(preview), StringComparison.Ordinal);
        Assert.Equal(0, batchesAfterPreview);
        Assert.Matches(@"Stored as import batch \d+: 12 added, 0 changed, 0 unchanged values\.", stored);
        Assert.Equal(12, previewed.Count);
        Assert.Equal(previewed.Order(StringComparer.Ordinal), rows.Order(StringComparer.Ordinal));
        await using var db = site.Database(provider).CreateContext();
        var batch = await db.ImportBatches.SingleAsync(b => b.MeasureId == measure, Ct);
        Assert.Equal(("px-file", PxFile, 4), (batch.Source, batch.Location, batch.Derived));
        Assert.StartsWith("source mismatch accepted (file TAB638 / BE0101N1", batch.Note, StringComparison.Ordinal);
        Assert.Contains(reason, batch.Note, StringComparison.Ordinal);
        Assert.Contains($"<th scope=\"row\">{batch.Id}</th>", stored, StringComparison.Ordinal);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == "ImportBatch" && a.UserName == analyst.Email, Ct));
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Upload_BadFiles_ShowTheImportErrorAndStoreNothing(DatabaseProvider provider)
    {
        const string measure = "bra-sjalvskattat-halsotillstand";
        var analyst = await TestAccounts.SignInAsync(site.Factory(provider), RoleNames.Analyst);

        var csv = await PreviewAsync(analyst.Client, measure, Encoding.UTF8.GetBytes("region,period,value\nSE-17,2024,84.2\nSE-17,2025,lots\n"), "survey.csv", "Csv");
        var notPx = await PreviewAsync(analyst.Client, measure, Encoding.UTF8.GetBytes("just some notes, not a table\n"), "notes.px", "Px");
        var kolada = await PreviewAsync(analyst.Client, measure,
            await File.ReadAllBytesAsync(RepositoryPaths.SharedData("kolada", "kolada_N01951_invanare_geo_gender_year_2024-08-30.csv"), Ct),
            "kolada_N01951.csv", "KoladaCsv");

        Assert.Matches(@"survey\.csv: line 3", csv);
        Assert.Contains("notes.px", notPx, StringComparison.Ordinal);
        Assert.Contains("N01951", kolada, StringComparison.Ordinal);
        Assert.Contains("U01405", kolada, StringComparison.Ordinal);
        foreach (var page in new[] { csv, notPx, kolada })
        {
            Assert.Contains("class=\"error-summary\"", page, StringComparison.Ordinal);
            Assert.Contains("aria-invalid=\"true\"", page, StringComparison.Ordinal);
            Assert.DoesNotContain("name=\"Upload\"", page, StringComparison.Ordinal);
        }

        Assert.Equal(0, await BatchCountAsync(provider, measure));
    }

    [Theory]
    [MemberData(nameof(AllProviders))]
    public async Task Undo_ThroughThePage_RefusesASupersededBatchThenRestores(DatabaseProvider provider)
    {
        const string measure = "elever-i-komvux";
        var analyst = await TestAccounts.SignInAsync(site.Factory(provider), RoleNames.Analyst);
        var first = BatchId(await ConfirmAsync(analyst.Client, measure,
            await PreviewAsync(analyst.Client, measure, Encoding.UTF8.GetBytes("region,period,value\nSE-1780,2023,900\nSE-1780,2024,1000\n"), "first.csv", "Csv")));
        var second = BatchId(await ConfirmAsync(analyst.Client, measure,
            await PreviewAsync(analyst.Client, measure, Encoding.UTF8.GetBytes("region,period,value\nSE-1780,2024,1100\n"), "second.csv", "Csv")));
        var afterBoth = await StoredRowsAsync(provider, measure);

        var confirmation = await analyst.Client.GetStringAsync($"/data-desk/{measure}/undo/{first}?culture=en", Ct);
        var refused = await UndoAsync(analyst.Client, measure, first);
        var afterRefusal = await StoredRowsAsync(provider, measure);
        var undone = await UndoAsync(analyst.Client, measure, second);
        var afterUndo = await StoredRowsAsync(provider, measure);
        var history = await analyst.Client.GetStringAsync($"/data-desk/{measure}?culture=en", Ct);

        Assert.Contains($"Yes, undo batch {first}", confirmation, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Contains($"batch {first} cannot be undone: batch {second} (csv, imported by hand, second.csv", refused.Html, StringComparison.Ordinal);
        Assert.Contains($"undo batch {second} first", refused.Html, StringComparison.Ordinal);
        Assert.Equal(afterBoth, afterRefusal);
        Assert.Equal(HttpStatusCode.OK, undone.Status);
        Assert.Matches($@"Batch {second} is undone \(as batch \d+\): 1 values restored, 0 removed\.", undone.Html);
        Assert.Equal(["SE-1780|2023|total|900", "SE-1780|2024|total|1000"], afterUndo.Order(StringComparer.Ordinal));
        Assert.Contains($"undone by batch", history, StringComparison.Ordinal);
        Assert.Contains($"Undo batch {first}", history, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Redirect)]
    [InlineData(RoleNames.Editor, HttpStatusCode.Forbidden)]
    [InlineData(RoleNames.Analyst, HttpStatusCode.OK)]
    [InlineData(RoleNames.Administrator, HttpStatusCode.OK)]
    public async Task Desk_ByRole_OnlyAnalystsAndAdministrators(string? role, HttpStatusCode status)
    {
        var client = role is null
            ? site.Client(DatabaseProvider.Sqlite)
            : (await TestAccounts.SignInAsync(site.Factory(DatabaseProvider.Sqlite), role, role == RoleNames.Editor ? "region-varmland" : null)).Client;

        var list = await client.GetAsync("/data-desk", Ct);
        var measure = await client.GetAsync("/data-desk/folkmangd-20-64", Ct);
        using var content = new FormUrlEncodedContent([new("Upload", "0123456789abcdef0123456789abcdef")]);
        var post = await client.PostAsync("/data-desk/folkmangd-20-64?handler=Confirm", content, Ct);

        Assert.Equal(status, list.StatusCode);
        Assert.Equal(status, measure.StatusCode);
        if (status == HttpStatusCode.OK)
        {
            // Signed in with the right role, a post without the anti-forgery token is still refused.
            Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        }
        else
        {
            Assert.Equal(status, post.StatusCode);
            Assert.Contains(role is null ? "/account/login" : "", list.Headers.Location?.OriginalString.ToLowerInvariant() ?? "", StringComparison.Ordinal);
        }
    }

    private static async Task<string> PreviewAsync(HttpClient client, string measure, byte[] file, string fileName, string format, string region = "", string breakdowns = "", string filters = "", string mismatchReason = "")
    {
        var page = $"/data-desk/{measure}";
        var token = await TestAccounts.AntiforgeryTokenAsync(client, page);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(file), "Input.File", fileName },
            { new StringContent(format), "Input.Format" },
            { new StringContent(region), "Input.Region" },
            { new StringContent(breakdowns), "Input.Breakdowns" },
            { new StringContent(filters), "Input.Filters" },
            { new StringContent(mismatchReason), "Input.MismatchReason" },
        };
        var response = await client.PostAsync(page + "?handler=Preview&culture=en", content, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    private static async Task<string> ConfirmAsync(HttpClient client, string measure, string preview)
    {
        var upload = UploadToken().Match(preview);
        Assert.True(upload.Success, "no confirmation form on the preview: " + ErrorSummary(preview));
        var response = await TestAccounts.PostFormAsync(client, $"/data-desk/{measure}", [new("Upload", upload.Groups[1].Value)], $"/data-desk/{measure}?handler=Confirm&culture=en");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Ct);
    }

    private static async Task<(HttpStatusCode Status, string Html)> UndoAsync(HttpClient client, string measure, int batch)
    {
        var path = $"/data-desk/{measure}/undo/{batch}";
        var response = await TestAccounts.PostFormAsync(client, path, [], path + "?culture=en");
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Ct));
    }

    private static string ErrorSummary(string html) =>
        html.Contains("error-summary", StringComparison.Ordinal) ? html[html.IndexOf("error-summary", StringComparison.Ordinal)..][..Math.Min(800, html.Length - html.IndexOf("error-summary", StringComparison.Ordinal))] : "";

    private static int BatchId(string stored) => int.Parse(StoredBatch().Match(stored).Groups[1].Value, CultureInfo.InvariantCulture);

    /// <summary>The preview's rows as region|period|breakdown|value (the page's English number format undone).</summary>
    private static List<string> PreviewRows(string html) =>
        [.. PreviewRow().Matches(html).Select(m => $"{m.Groups[1].Value}|{m.Groups[2].Value}|{m.Groups[3].Value}|{m.Groups[4].Value.Replace(",", "", StringComparison.Ordinal)}")];

    private async Task<List<string>> StoredRowsAsync(DatabaseProvider provider, string measure)
    {
        await using var db = site.Database(provider).CreateContext();
        var rows = await (from o in db.Observations
                          join s in db.ObservationSeries on o.SeriesId equals s.Id
                          where s.MeasureId == measure
                          select new { s.RegionKey, o.Period, s.Breakdown, o.Value }).ToListAsync(Ct);
        return [.. rows.Select(r => $"{r.RegionKey}|{r.Period}|{(r.Breakdown.Length == 0 ? "total" : r.Breakdown)}|{r.Value?.ToString(CultureInfo.InvariantCulture)}")];
    }

    private async Task<int> BatchCountAsync(DatabaseProvider provider, string measure)
    {
        await using var db = site.Database(provider).CreateContext();
        return await db.ImportBatches.CountAsync(b => b.MeasureId == measure, Ct);
    }

    [GeneratedRegex("name=\"Upload\" value=\"([0-9a-f]{32})\"")]
    private static partial Regex UploadToken();

    [GeneratedRegex(@"Stored as import batch (\d+)")]
    private static partial Regex StoredBatch();

    [GeneratedRegex(@"<tr>\s*<td>([^<]*)</td>\s*<td>([^<]*)</td>\s*<td>([^<]*)</td>\s*<td class=""number"">([^<]*)</td>")]
    private static partial Regex PreviewRow();
}
