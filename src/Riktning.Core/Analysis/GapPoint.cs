namespace Riktning.Analysis;

/// <summary>
/// One period of a gap series: the gap and the two things it lies between (<see cref="High"/> − <see cref="Low"/> for
/// a spread; <c>women</c> and <c>men</c> for sex, whatever the sign). <see cref="Gap"/> is null when fewer than two of
/// them have a value in the period; <see cref="Count"/> says how many did.
/// </summary>
public sealed record GapPoint(string Period, double? Gap, string? High, string? Low, int Count);
