namespace Riktning.Cycles;

/// <summary>A call for input as typed in the form; addressees by organisation key.</summary>
public sealed class CallFields
{
    /// <summary>yyyy-MM-dd, not after the working meeting.</summary>
    public string? Deadline { get; set; }

    public string? Message { get; set; }

    public List<string> Addressees { get; set; } = [];
}
