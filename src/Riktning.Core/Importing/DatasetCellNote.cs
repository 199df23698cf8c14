namespace Riktning.Importing;

/// <summary>
/// A note a source attaches to some cells (PC-Axis CELLNOTE, or CELLNOTEX when the note must be shown with the figure):
/// one category code per dimension, null where the note holds for every category, the text as written, and the flags
/// the text stands for (a note that reads "preliminary" or "p" makes its cells provisional); the flags are set on the
/// cells themselves, while the text, which an observation has no room for, stays with the dataset and the import's notes.
/// </summary>
public sealed record DatasetCellNote(IReadOnlyList<string?> Codes, string Text, bool Mandatory, ObservationFlags Flags);
