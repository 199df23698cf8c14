namespace Riktning.CrossBorder.Commuting;

/// <summary>
/// One flow as a file gives it, before the registry is checked: <see cref="Where"/> locates it for messages
/// (<c>line 6</c> in a CSV, <c>row 7 (Bosted=1780, ArbstedKomm=3101, Tid=2019)</c> in a table); <see cref="OriginCode"/>
/// and <see cref="DestinationCode"/> are the codes as the file writes them, <see cref="Origin"/> and
/// <see cref="Destination"/> the region keys they translate to (null when the code is no region code at all).
/// </summary>
public sealed record CommutingRow(
    string Where,
    string OriginCode,
    string? Origin,
    string DestinationCode,
    string? Destination,
    int Year,
    string Sex,
    double Persons,
    bool BreakInSeries = false);
