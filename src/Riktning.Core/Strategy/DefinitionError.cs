namespace Riktning.Strategy;

/// <summary>One problem in a definition file, located so that a person can find and fix it.</summary>
public sealed record DefinitionError(string File, int Line, int Column, string Field, string Message)
{
    public override string ToString() =>
        string.IsNullOrEmpty(Field) ? $"{File}:{Line}:{Column}: {Message}" : $"{File}:{Line}:{Column}: {Field}: {Message}";
}
