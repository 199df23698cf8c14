namespace Riktning.Plans;

/// <summary>One source of an intervention's money, in whole SEK.</summary>
public sealed record Financing(FinancingSource Source, long Amount);
