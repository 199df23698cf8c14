namespace Riktning.Web.Features.Strategy;

/// <summary>The URL segment of each theme kind's public pages: <c>/keys-for-change/{id}</c>, <c>/smart-specialisations/{id}</c>, <c>/missions/{id}</c>.</summary>
public static class ThemeRoutes
{
    public static string Segment(ThemeKind kind) => kind switch
    {
        ThemeKind.KeyForChange => "keys-for-change",
        ThemeKind.SmartSpecialisation => "smart-specialisations",
        _ => "missions",
    };

    public static string Path(ThemeKind kind, string id) => $"/{Segment(kind)}/{Uri.EscapeDataString(id)}";

    public static bool TryParse(string? segment, out ThemeKind kind)
    {
        foreach (var candidate in Enum.GetValues<ThemeKind>())
        {
            if (string.Equals(Segment(candidate), segment, StringComparison.Ordinal))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }
}
