namespace Riktning.Regions;

/// <summary>A group as read from a classification file, before its municipalities are checked against the region registry.</summary>
public sealed record ClassificationGroupInput(string Code, string Name, IReadOnlyList<ClassificationMemberInput> Members);
