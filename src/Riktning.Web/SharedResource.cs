// The assembly is named `riktning` (the executable), so the localizer must be told the namespace the resources are embedded under.
[assembly: RootNamespace("Riktning.Web")]

namespace Riktning.Web;

/// <summary>Marker for the site's one set of UI texts: Resources/SharedResource.resx (Swedish), .nb.resx and .en.resx.</summary>
public sealed class SharedResource;
