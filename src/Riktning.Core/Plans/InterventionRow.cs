namespace Riktning.Plans;

/// <summary>One intervention read from a bulk-import file, with its line number.</summary>
public sealed record InterventionRow(int Line, InterventionFields Fields);
