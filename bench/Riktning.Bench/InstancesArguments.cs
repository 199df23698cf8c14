using System.Globalization;

namespace Riktning.Bench;

/// <summary>The options of the <c>instances</c> verb.</summary>
internal sealed record InstancesArguments(long Observations, bool StoreOnly, bool Drop, bool NoRefresh, string PostgresServer)
{
    private const string DefaultPostgres = "Host=127.0.0.1;Port=5432;Username=riktning_test;Password=riktning_test;Database=postgres";

    public static InstancesArguments Parse(IReadOnlyList<string> args)
    {
        var observations = 1_000_000L;
        var storeOnly = false;
        var drop = false;
        var noRefresh = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--observations" when i + 1 < args.Count:
                    observations = long.Parse(args[++i].Replace("_", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture);
                    break;
                case "--store-only":
                    storeOnly = true;
                    break;
                case "--drop":
                    drop = true;
                    break;
                case "--no-refresh":
                    noRefresh = true;
                    break;
                default:
                    throw new ArgumentException($"unknown argument '{args[i]}'; expected --observations N, --store-only, --no-refresh or --drop");
            }
        }

        var postgres = Environment.GetEnvironmentVariable(BenchArguments.PostgresVariable) is { Length: > 0 } value ? value : DefaultPostgres;
        return new InstancesArguments(observations, storeOnly, drop, noRefresh, postgres);
    }
}
