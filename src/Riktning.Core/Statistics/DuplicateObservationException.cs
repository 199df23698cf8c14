namespace Riktning.Statistics;

/// <summary>
/// An import gave the same series and period twice. Each <see cref="IObservationStore"/> translates its engine's
/// unique-key error into this; <see cref="Position"/> is the row (from 0, in the order written) when the engine can
/// tell, and null when it cannot (PostgreSQL's COPY reports the key only at its end), in which case the importer finds it.
/// </summary>
public sealed class DuplicateObservationException(int? position, Exception innerException)
    : Exception("The same series and period occur twice in one import.", innerException)
{
    public int? Position { get; } = position;
}
