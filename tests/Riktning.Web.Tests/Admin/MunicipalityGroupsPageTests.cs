using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Riktning.Accounts;
using Riktning.Data;
using Riktning.Testing;
using Riktning.Web.Tests.Accounts;

namespace Riktning.Web.Tests.Admin;

/// <summary>The upload page of municipality classifications: who may use it, a Kolada file and a table, and a bad table.</summary>
public sealed class MunicipalityGroupsPageTests(SiteFixture site) : IClassFixture<SiteFixture>
{
    private const string Page = "/admin/municipality-groups";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Upload_AsAnalyst_StoresKoladaGroupsThenRejectsABadTableAndKeepsThem(DatabaseProvider provider)
    {
        var analyst = await TestAccounts.SignInAsync(site.Factory(provider), RoleNames.Analyst);

        var kolada = await UploadAsync(analyst.Client, "skr-2017", SkrMunicipalityGroups.Name, string.Join(' ', SkrMunicipalityGroups.GroupIds),
            await File.ReadAllBytesAsync(SkrMunicipalityGroups.File, Ct), "municipality_groups.json");
        var bad = await UploadAsync(analyst.Client, "skr-2017", "Typer", "", Encoding.UTF8.GetBytes("municipality,group\n1780,Tät\n9999,Gles\n"), "typer.csv");
        var list = await analyst.Client.GetStringAsync(Page + "?culture=en", Ct);

        Assert.Contains("skr-2017: 9 groups with 290 municipalities imported.", kolada, StringComparison.Ordinal);
        Assert.Contains("typer.csv: line 3: &#x27;9999&#x27; is not a municipality code of SE in the region registry", bad, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", bad, StringComparison.Ordinal);
        Assert.Contains("<td class=\"number\">290</td>", list, StringComparison.Ordinal);
        Assert.Contains("municipality_groups.json (G92787, G92793", list, StringComparison.Ordinal);
        await using var db = site.Database(provider).CreateContext();
        Assert.Equal(SkrMunicipalityGroups.Name, await db.MunicipalityClassifications.Where(c => c.Key == "skr-2017").Select(c => c.Name).SingleAsync(Ct));
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Redirect, "/account/login")]
    [InlineData(RoleNames.Editor, HttpStatusCode.Forbidden, null)]
    [InlineData(RoleNames.Administrator, HttpStatusCode.OK, null)]
    public async Task Get_ByRole_OnlyAnalystsAndAdministratorsSeeThePage(string? role, HttpStatusCode status, string? redirect)
    {
        var client = role is null
            ? site.Client(DatabaseProvider.Sqlite)
            : (await TestAccounts.SignInAsync(site.Factory(DatabaseProvider.Sqlite), role, role == RoleNames.Editor ? "region-varmland" : null)).Client;

        var response = await client.GetAsync(Page, Ct);

        Assert.Equal(status, response.StatusCode);
        if (redirect is not null)
        {
            Assert.Contains(redirect, response.Headers.Location?.OriginalString.ToLowerInvariant() ?? "", StringComparison.Ordinal);
        }
    }

    private static async Task<string> UploadAsync(HttpClient client, string key, string name, string groups, byte[] file, string fileName)
    {
        var token = await TestAccounts.AntiforgeryTokenAsync(client, Page);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(key), "Input.Key" },
            { new StringContent(name), "Input.Name" },
            { new StringContent(groups), "Input.Groups" },
            { new ByteArrayContent(file), "Input.File", fileName },
        };
        var response = await client.PostAsync(Page + "?culture=en", content, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(Ct);
    }
}
