namespace Riktning.Reviews;

/// <summary>What a write to a review came to: refused with problems at the fields, or done (no problems).</summary>
public sealed record ReviewChange<T>(T? Item, IReadOnlyList<FieldProblem> Problems)
    where T : class
{
    public bool Succeeded => Item is not null && Problems.Count == 0;
}
