namespace Riktning.Cycles;

/// <summary>A file as it arrives in a form: its name, type, declared length and a stream to read it once.</summary>
public sealed record UploadedFile(string FileName, string? ContentType, long Length, Stream Content);
