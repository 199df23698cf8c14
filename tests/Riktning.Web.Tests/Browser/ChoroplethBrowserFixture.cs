namespace Riktning.Web.Tests.Browser;

/// <summary>The browser fixture with Sweden's municipal boundaries imported, so indicator pages draw the choropleth.</summary>
public sealed class ChoroplethBrowserFixture : BrowserFixture
{
    protected override bool WithBoundaries => true;
}
