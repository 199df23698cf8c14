namespace Riktning.Importing.Kolada;

/// <summary>
/// One Kolada figure: a KPI (<c>N01951</c>) for a municipality or region (<c>1780</c>, <c>0017</c>, <c>0000</c> for
/// Sweden), a year, and a gender as Kolada writes it (<c>T</c> total, <c>K</c> women, <c>M</c> men); <see cref="Flags"/> from
/// the value's <c>status</c> text (<see cref="KoladaValuesParser"/>).
/// </summary>
public sealed record KoladaValue(string Kpi, string Municipality, int Period, string Gender, double? Value, ValueStatus Status, ObservationFlags Flags = ObservationFlags.None);
