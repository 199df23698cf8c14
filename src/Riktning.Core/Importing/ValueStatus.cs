namespace Riktning.Importing;

/// <summary>What a cell holds. Only <see cref="Present"/> and <see cref="Provisional"/> cells carry a number.</summary>
public enum ValueStatus : byte
{
    Present,

    /// <summary>Not available, too uncertain to publish, or not yet reported (SCB/SSB <c>..</c>, <c>...</c>).</summary>
    Missing,

    /// <summary>Withheld for confidentiality (SSB <c>:</c>).</summary>
    Confidential,

    /// <summary>Cannot occur for this combination (SCB and SSB <c>.</c>).</summary>
    NotApplicable,

    /// <summary>A number that the source marks as preliminary.</summary>
    Provisional,

    /// <summary>Exactly zero or none, written as a symbol (<c>-</c>); the source gives no number, so neither do we.</summary>
    Nil,
}
