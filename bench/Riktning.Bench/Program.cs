using Riktning.Bench;

// `import` runs the whole comparison; `import-child` is the measured Riktning import in a process of its own, so that
// its peak memory is the import's and not the generator's or the reference tools'.
return args switch
{
    ["import", .. var rest] => await ImportBenchmark.RunAsync(BenchArguments.Parse(rest)),
    ["import-child", .. var rest] => await ImportChild.RunAsync(rest),
    ["web", .. var rest] => await WebBenchmark.RunAsync(BenchArguments.Parse(rest)),
    ["instances", .. var rest] => await InstancesBenchmark.RunAsync(rest),
    ["limits", .. var rest] => await LimitsBenchmark.RunAsync(rest.Contains("--keep")),
    ["limits-child", .. var rest] => LimitsBenchmark.RunChild(rest),
    ["analysis", .. var rest] => await AnalysisBenchmark.RunAsync(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Riktning.Bench import|web [--values N] [--keep] | instances [--observations N] [--store-only] [--drop] | limits [--keep] | analysis [--chromium PATH] [--keep DIR]");
    return 2;
}
