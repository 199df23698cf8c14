using System.Globalization;

namespace Riktning.Bench;

/// <summary>The options of the <c>import</c> verb.</summary>
internal sealed record BenchArguments(int Values, bool Keep, string PostgresServer)
{
    public const string PostgresVariable = "RIKTNING_BENCH_POSTGRES";

    private const string DefaultPostgres = "Host=127.0.0.1;Port=5432;Username=riktning_test;Password=riktning_test;Database=postgres";

    public static BenchArguments Parse(IReadOnlyList<string> args)
    {
        var values = 1_000_000;
        var keep = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--values" when i + 1 < args.Count:
                    values = int.Parse(args[++i].Replace("_", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture);
                    break;
                case "--keep":
                    keep = true;
                    break;
                default:
                    throw new ArgumentException($"unknown argument '{args[i]}'; expected --values N or --keep");
            }
        }

        var postgres = Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : DefaultPostgres;
        return new BenchArguments(values, keep, postgres);
    }
}
