namespace Riktning.Regions;

/// <summary>A municipality code as read from a classification file and where it stood (<c>line 14</c>, <c>$[812].members[3]</c>), for error messages.</summary>
public sealed record ClassificationMemberInput(string MunicipalityCode, string Where);
