namespace Riktning.CrossBorder;

/// <summary>What a validator made of an input: the item as it would be stored, or the problems (never both).</summary>
public sealed record Validated<T>(T? Value, IReadOnlyList<FieldError> Errors) where T : class
{
    public bool IsValid => Errors.Count == 0;
}
