namespace Riktning.Reviews;

public enum ProposalDecision
{
    Pending,
    Accepted,
    Rejected,
}
