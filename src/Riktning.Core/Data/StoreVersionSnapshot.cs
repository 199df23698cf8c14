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
}
