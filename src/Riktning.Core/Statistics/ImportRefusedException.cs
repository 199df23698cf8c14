namespace Riktning.Statistics;

/// <summary>
/// An import or undo that Riktning refuses although the file reads well: a file for another table or KPI, an unknown
/// breakdown name, a figure of the wrong kind, an undo of a batch a later one changed. The message names the file,
/// measure or batch and what to do; nothing is stored.
/// </summary>
public sealed class ImportRefusedException(string message) : InvalidInputException(message);
