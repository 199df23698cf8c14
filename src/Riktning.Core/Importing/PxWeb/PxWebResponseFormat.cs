namespace Riktning.Importing.PxWeb;

/// <summary>The <c>response</c> part of a PxWeb API v1 query; Riktning asks for <c>json-stat2</c>, which JsonStat2Parser reads.</summary>
public sealed record PxWebResponseFormat(string Format)
{
    public static PxWebResponseFormat JsonStat2 { get; } = new("json-stat2");
}
