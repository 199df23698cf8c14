namespace Riktning;

/// <summary>
/// One problem with one field of a form or a column of an import row, for every validator: <see cref="Field"/> is the
/// form field (<c>Budget</c>, <c>Motivations[jamstalldhet]</c>, <c>regions</c>), <see cref="Message"/> a resource key the
/// web and the command line translate (<c>Intervention.GoalUnknown</c>, <c>CrossBorder.Error.Required</c>), with its arguments.
/// </summary>
public sealed record FieldProblem(string Field, string Message, params IReadOnlyList<string> Arguments);
