namespace Riktning.Web.Features.Admin;

/// <summary>The upload form of a municipality classification.</summary>
public sealed class MunicipalityGroupsInput
{
    public string? Key { get; set; }

    public string? Name { get; set; }

    /// <summary>For a Kolada file: the group ids, separated by spaces, commas or lines, in display order.</summary>
    public string? Groups { get; set; }

    public IFormFile? File { get; set; }
}
