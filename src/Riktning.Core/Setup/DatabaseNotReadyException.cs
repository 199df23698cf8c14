namespace Riktning.Setup;

/// <summary>The PostgreSQL schema is behind the code; it is migrated only by an explicit command.</summary>
public sealed class DatabaseNotReadyException(string message) : ConflictException(message);
