namespace Riktning.Bench;

/// <summary>How a child process ended and how long it took from start to exit, as the parent saw it.</summary>
internal sealed record ProcessOutcome(int ExitCode, string Output, string Error, TimeSpan Elapsed);
