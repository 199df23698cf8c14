namespace Riktning.Importing.PcAxis;

/// <summary>One header entry, <c>NAME[language]("sub","keys")=values;</c>, with adjacent quoted strings already joined.</summary>
internal sealed record PxKeyword(string Name, string? Language, IReadOnlyList<string> SubKeys, IReadOnlyList<string> Values, int Line);
