namespace Riktning.Reviews;

/// <summary>A proposed change as typed in the form; <see cref="Kind"/> is spelled as in <c>add</c>, <c>drop</c>, <c>rename</c>, <c>rebind</c>.</summary>
public sealed class ProposalFields
{
    public string? Kind { get; set; }

    public string? Indicator { get; set; }

    public string? Goal { get; set; }

    public string? Name { get; set; }

    public string? Measure { get; set; }

    public string? ReplacedMeasure { get; set; }

    public string? Reason { get; set; }
}
