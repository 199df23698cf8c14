namespace Riktning.Strategy;

/// <summary>A definition file was rejected; nothing of it was stored.</summary>
public sealed class DefinitionException(IReadOnlyList<DefinitionError> errors)
    : InvalidInputException(FormatMessage(errors))
{
    public IReadOnlyList<DefinitionError> Errors { get; } = errors;

    private static string FormatMessage(IReadOnlyList<DefinitionError> errors) =>
        errors.Count == 1
            ? $"Invalid definition: {errors[0]}"
            : $"Invalid definition ({errors.Count} problems):{Environment.NewLine}" + string.Join(Environment.NewLine, errors.Select(e => "  " + e));
}
