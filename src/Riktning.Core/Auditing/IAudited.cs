namespace Riktning.Auditing;

/// <summary>
/// Marks an entity whose every change is written to the audit trail (who, when, the values before and after).
/// Entities opt in so that bulk statistics (observations) are not audited row by row; their imports have batches.
/// </summary>
public interface IAudited;
