using NetTopologySuite.Operation.Union;
using Riktning.Regions;
using Riktning.Strategy;
using Riktning.Testing;

namespace Riktning.Core.Tests.Regions;

/// <summary>
/// Which Norwegian kommuner touch Värmland, computed from the real boundary files (Kartverket's 2024 kommuner and the
/// Swedish kommuner in ../shared/data/geo), against the cooperation definition's <c>partnerMunicipalities</c>.
/// </summary>
public sealed class BorderAdjacencyTests
{
    /// <summary>
    /// Both files are simplified on their own (the Swedish one to 2 % by mapshaper), so a shared border is a stretch of
    /// the kommune's outline lying within about 170 m of Värmland, not an exact overlap: 0.003° of latitude.
    /// </summary>
    private const double Tolerance = 0.003;

    /// <summary>At least about a kilometre of outline (0.01°): a shared border, not a corner where simplified lines cross.</summary>
    private const double SharedLength = 0.01;

    [Fact]
    public void PartnerMunicipalities_AreTheKommunerWhoseBoundaryRunsAlongVarmland()
    {
        var norway = Read("no_kommuner_2024_S.geojson", "kommunenummer");
        var varmland = UnaryUnionOp.Union(Read("se_kommuner_290.geojson", "id").Where(f => f.Code.StartsWith("17", StringComparison.Ordinal)).Select(f => f.Outline).ToList());
        var near = varmland.Buffer(Tolerance);

        var shared = norway.ToDictionary(f => f.Code, f => f.Outline.Boundary.Intersection(near).Length, StringComparer.Ordinal);
        var touching = shared.Where(s => s.Value >= SharedLength).Select(s => "NO-" + s.Key).Order(StringComparer.Ordinal).ToList();
        var listed = DefinitionReader.ReadFile(RepositoryPaths.Strategies("norge-samarbete.yaml")).Definition.PartnerMunicipalities.Order(StringComparer.Ordinal);

        Assert.Equal(listed, touching);
        // Aremark runs about 7 km along Årjäng (0.06° and more); the nearest kommune that does not touch, Elverum, is
        // about 5 km away, so nothing lies near the threshold.
        Assert.InRange(shared["3124"], 0.05, 0.2);
        Assert.Equal(9, touching.Count);
        Assert.All(shared.Where(s => s.Value is > 0 and < SharedLength * 3), s => Assert.Fail($"{s.Key} shares {s.Value}° of outline: too near the threshold to decide"));
    }

    private static IReadOnlyList<BoundaryFeature> Read(string file, string codeProperty)
    {
        using var stream = File.OpenRead(RepositoryPaths.SharedData("geo", file));
        return GeoJsonBoundaryReader.Read(stream, file, codeProperty);
    }
}
