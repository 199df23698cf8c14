namespace Riktning.CrossBorder;

/// <summary>One data row of a project file and the line (CSV) or row number (Excel) it came from.</summary>
public sealed record ProjectRow(int Line, ProjectInput Input);
