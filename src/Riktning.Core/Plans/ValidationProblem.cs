namespace Riktning.Plans;

/// <summary>
/// One problem with one field: <see cref="Field"/> is the form field (<c>Budget</c>, <c>Motivations[jamstalldhet]</c>),
/// <see cref="Message"/> a resource key the web and the command line translate, with its arguments.
/// </summary>
public sealed record ValidationProblem(string Field, string Message, params IReadOnlyList<string> Arguments);
