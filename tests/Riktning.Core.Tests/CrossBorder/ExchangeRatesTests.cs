using Riktning.CrossBorder;

namespace Riktning.Core.Tests.CrossBorder;

/// <summary>NOK into SEK with a dated rate: hand-computed conversions, the method line, and the refusal of a missing year.</summary>
public sealed class ExchangeRatesTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("riktning-rates-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void ToSek_AnnualAverage_ConvertsAndPrintsTheMethod()
    {
        // Stated by the test, not a published figure: 95.50 SEK per 100 NOK. 250 000 NOK × 0.955 = 238 750 SEK.
        var rates = ExchangeRates.Load(Write("2023,NOK,average,100,95.50,Test rate (not published),2026-12-02"));

        var converted = rates.ToSek(250_000m, Currency.Nok, 2023);

        Assert.Equal(238_750m, converted.Sek);
        Assert.Equal("Omräknat från NOK till SEK med årsgenomsnittet 2023 (0.955 SEK per NOK; Test rate (not published)).", converted.Method.Sv);
        Assert.StartsWith("Converted from NOK to SEK at the 2023 annual average rate", converted.Method.En, StringComparison.Ordinal);
    }

    [Fact]
    public void ToSek_PurchasingPowerParity_IsUsedOnlyWhenChosen()
    {
        // 1 000 NOK at a parity of 1.10 SEK per NOK = 1 100 SEK; at the average of 0.955, 955 SEK.
        var rates = ExchangeRates.Load(Write("2023,NOK,average,100,95.50,Test,2026-12-02", "2023,NOK,ppp,1,1.10,Test PPP,2026-12-02"));

        Assert.Equal(955m, rates.ToSek(1000m, Currency.Nok, 2023).Sek);
        var ppp = rates.ToSek(1000m, Currency.Nok, 2023, RateKind.Ppp);
        Assert.Equal(1100m, ppp.Sek);
        Assert.Contains("köpkraftsparitet 2023", ppp.Method.Sv, StringComparison.Ordinal);
    }

    [Fact]
    public void ToSek_YearWithoutRate_IsRefusedNamingYearCurrencyAndFile()
    {
        var file = Write("2023,NOK,average,100,95.50,Test,2026-12-02");
        var rates = ExchangeRates.Load(file);

        var refused = Assert.Throws<NotFoundException>(() => rates.ToSek(1000m, Currency.Nok, 2022));

        Assert.Equal($"no annual average exchange rate for NOK in 2022 in {file}; the amount is not converted (add the published figure with its source)", refused.Message);
    }

    [Fact]
    public void Load_RowWithoutSource_IsRefusedNamingLineAndField()
    {
        var file = Write("2023,NOK,average,100,95.50,,2026-12-02");

        var refused = Assert.Throws<InvalidInputException>(() => ExchangeRates.Load(file));

        Assert.Equal($"{file}:2: source: every rate names its source", refused.Message);
    }

    [Fact]
    public void ShippedFile_LoadsAndRefusesRatherThanGuesses()
    {
        var rates = ExchangeRates.Load(Path.Combine(Riktning.Testing.RepositoryPaths.Root, "exchange-rates", "annual-averages.csv"));

        Assert.All(rates.Rates, r => Assert.False(string.IsNullOrWhiteSpace(r.Source)));
        if (!rates.Rates.Any(r => r.Year == 2019 && r.Currency == Currency.Nok))
        {
            Assert.Throws<NotFoundException>(() => rates.ToSek(1m, Currency.Nok, 2019));
        }
    }

    private string Write(params string[] rows)
    {
        var path = Path.Combine(directory, "rates.csv");
        File.WriteAllLines(path, ["year,currency,kind,units,sek,source,retrieved", .. rows]);
        return path;
    }
}
