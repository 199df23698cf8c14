namespace Riktning.Data;

/// <summary>
/// The store's version as one request (one service scope) saw it first. Everything a page or an answer derives from the
/// store is read at this one version, so an import that lands half-way through a request cannot mix two versions in
/// one answer; the next request sees the new one.
/// </summary>
public sealed class StoreVersionSnapshot(StoreVersionMonitor monitor)
{
    private StoreVersion? _version;

    public async ValueTask<StoreVersion> CurrentAsync(CancellationToken cancellationToken = default) =>
        _version ??= await monitor.CurrentAsync(cancellationToken);

    /// <summary>
    /// Whether something this request shows is an older version's value (<see cref="StoreVersionCache.GetAllowingStaleAsync{T}"/>
    /// answered before its new build was done): what it rendered must not be kept as this version's.
    /// </summary>
    public bool ServedStale { get; private set; }

    /// <summary>Notes that an older version's value was given to this request.</summary>
    public void MarkStale() => ServedStale = true;
}
