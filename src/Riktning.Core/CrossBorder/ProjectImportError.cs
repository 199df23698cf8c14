namespace Riktning.CrossBorder;

/// <summary>A rejected value in a project file: the line, the column and what is wrong.</summary>
public sealed record ProjectImportError(int Line, FieldError Error)
{
    public override string ToString() => $"line {Line}, column '{Error.Field}': {Error.Message}";
}
