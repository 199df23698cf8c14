namespace Riktning.Web.Features.Shared;

/// <summary>
/// <c>Riktning:Proxy</c>: the reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed. Without
/// an entry no forwarded header is read (a client could otherwise claim any address and escape the per-address limits);
/// with one, requests through it get the client's address and scheme, so HTTPS behind a TLS-terminating proxy gives
/// <c>Secure</c> cookies and HSTS.
/// </summary>
public sealed class ProxySettings
{
    public const string Section = "Riktning:Proxy";

    /// <summary>Proxy addresses, e.g. <c>10.0.0.5</c>.</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Proxy networks in CIDR notation, e.g. <c>10.0.0.0/24</c>.</summary>
    public IList<string> KnownNetworks { get; } = [];

    /// <summary>How many proxies in a chain are stepped back through.</summary>
    public int ForwardLimit { get; set; } = 1;

    public bool IsConfigured => KnownProxies.Count > 0 || KnownNetworks.Count > 0;
}
