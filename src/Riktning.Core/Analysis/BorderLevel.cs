namespace Riktning.Analysis;

/// <summary>The border-region view's level: counties and fylker, or municipalities and kommuner.</summary>
public enum BorderLevel
{
    /// <summary>The strategy's region, its <c>partnerRegions:</c> and the two countries.</summary>
    County,

    /// <summary>The home region's municipalities valid today beside the definition's <c>partnerMunicipalities:</c>.</summary>
    Municipality,
}
