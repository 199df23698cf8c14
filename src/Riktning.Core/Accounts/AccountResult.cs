
namespace Riktning.Accounts;

/// <summary>The outcome of creating an account: the user, or the problems by field (<c>email</c>, <c>role</c>, <c>organisation</c>, <c>password</c>).</summary>
public sealed record AccountResult(RiktningUser? User, IReadOnlyList<FieldProblem> Problems)
{
    public bool Succeeded => User is not null;
}
