namespace Riktning.Web.Features.Admin;

/// <summary>What the new-account form posts.</summary>
public sealed class UserInput
{
    public string? Email { get; set; }

    public string? DisplayName { get; set; }

    public string? Role { get; set; }

    public string? Organisation { get; set; }

    public string? Password { get; set; }
}
