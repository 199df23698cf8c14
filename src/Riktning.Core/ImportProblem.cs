namespace Riktning;

/// <summary>A problem in a bulk-import file: the line, the column and what is wrong there.</summary>
public sealed record ImportProblem(int Line, string Column, FieldProblem Problem);
