namespace Riktning.Web.Features.OpenData;

/// <summary>
/// A region code with the period it was valid (inclusive; null for "since before the lists begin" and "still valid"):
/// Norwegian codes changed in 2020 and 2024, so one key can appear with several periods and names.
/// </summary>
public sealed record RegionDocument(string Key, string Country, string Code, RegionLevel Level, string Name, string? Parent, DateOnly? ValidFrom, DateOnly? ValidTo);
