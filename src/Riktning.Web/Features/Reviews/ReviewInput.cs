namespace Riktning.Web.Features.Reviews;

/// <summary>The form that completes a review: the new revision's label.</summary>
public sealed class ReviewInput
{
    public string? Label { get; set; }
}
