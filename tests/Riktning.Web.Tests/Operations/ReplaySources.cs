using Riktning.Testing;

namespace Riktning.Web.Tests.Operations;

/// <summary>
/// Settings that point every statistics source at a <see cref="ReplayServer"/> with one attempt per call: with no routes,
/// each measure of the bundled strategy fails after one (optionally delayed) 404, so a whole refresh takes as long as
/// the test needs and asks no real source.
/// </summary>
internal static class ReplaySources
{
    public static IEnumerable<KeyValuePair<string, string?>> Settings(ReplayServer server) =>
        new[] { "Kolada", "Scb", "ScbApi2", "Ssb", "SsbApi2" }.SelectMany(source => new KeyValuePair<string, string?>[]
        {
            new($"Riktning:Sources:{source}:BaseUrl", server.Url(source.ToLowerInvariant() + "/").ToString()),
            new($"Riktning:Sources:{source}:MaxAttempts", "1"),
            new($"Riktning:Sources:{source}:MaxCallsPerTimeWindow", "0"),
        }).Append(new("Riktning:Refresh:AllSwedishRegions", "false"));
}
