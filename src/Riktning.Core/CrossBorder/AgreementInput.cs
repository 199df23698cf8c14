namespace Riktning.CrossBorder;

/// <summary>A cooperation agreement as typed in the form; parties and owner by organisation key.</summary>
public sealed record AgreementInput
{
    public string? Title { get; init; }
    public IReadOnlyList<string> Parties { get; init; } = [];
    public string? SignedOn { get; init; }
    public string? ValidTo { get; init; }
    public string? Summary { get; init; }
    public string? Link { get; init; }
    public string? Owner { get; init; }
}
