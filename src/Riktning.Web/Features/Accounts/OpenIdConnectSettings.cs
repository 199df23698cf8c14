namespace Riktning.Web.Features.Accounts;

/// <summary>
/// Optional single sign-on (<c>Riktning:OpenIdConnect:Authority/ClientId/ClientSecret</c>). The identity provider
/// proves who someone is; what they may do stays in Riktning's own accounts, matched on e-mail.
/// </summary>
public sealed class OpenIdConnectSettings
{
    public const string Section = "Riktning:OpenIdConnect";

    public const string Scheme = "oidc";

    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}
