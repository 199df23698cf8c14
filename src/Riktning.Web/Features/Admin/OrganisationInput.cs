namespace Riktning.Web.Features.Admin;

/// <summary>What the new-organisation form posts.</summary>
public sealed class OrganisationInput
{
    public string? Key { get; set; }

    public string? Name { get; set; }

    public string? Country { get; set; }

    public string? Kind { get; set; }

    public string? Region { get; set; }
}
