namespace Riktning.Reviews;

/// <summary>What a proposal changes in the strategy's indicator list.</summary>
public enum ProposalKind
{
    /// <summary>A new indicator under a goal, bound to a known measure or to a new one without a source yet.</summary>
    Add,

    /// <summary>The indicator leaves the strategy; its measures' statistics stay stored.</summary>
    Drop,

    /// <summary>The indicator keeps its id and measures and gets a new name.</summary>
    Rename,

    /// <summary>The indicator follows another measure (one of the strategy's, in any of its revisions) instead of one or all of its own.</summary>
    Rebind,
}
