using Riktning.Cycles;

namespace Riktning.Web.Features.Cycles;

/// <summary>One addressee of a call: whether and when it answered, how many items it reported, whether the reader may answer for it.</summary>
public sealed record CallRow(Organisation Organisation, InputAnswer? Answer, int Reports, bool MayAnswer);
