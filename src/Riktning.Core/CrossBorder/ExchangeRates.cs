using Riktning.Text;

namespace Riktning.CrossBorder;

/// <summary>Which rate converts an amount: the central bank's annual average of daily rates, or a purchasing power parity.</summary>
public enum RateKind
{
    Average,
    Ppp,
}

/// <summary>One published rate: <see cref="Sek"/> Swedish kronor for <see cref="Units"/> units of <see cref="Currency"/> in <see cref="Year"/>.</summary>
public sealed record ExchangeRate(int Year, Currency Currency, RateKind Kind, decimal Units, decimal Sek, string Source, string Retrieved)
{
    /// <summary>Kronor per one unit of the currency.</summary>
    public decimal SekPerUnit => Sek / Units;
}

/// <summary>An amount stated in SEK, with the rate used and the method in words, to be printed under the figure.</summary>
public sealed record ConvertedAmount(decimal Sek, decimal Original, Currency From, ExchangeRate Rate, LocalizedText Method);

/// <summary>
/// The dated exchange rates of <c>exchange-rates/annual-averages.csv</c> (see its README): converts NOK (or EUR) amounts
/// into SEK for a year, with the method written out; a year without a published rate is refused, never taken from a
/// neighbouring year. Amounts in budgets stay in their own <see cref="Currency"/>; this is for comparing statistics.
/// </summary>
public sealed class ExchangeRates(IReadOnlyList<ExchangeRate> rates, string file)
{
    /// <summary>The rates the file holds.</summary>
    public IReadOnlyList<ExchangeRate> Rates => rates;

    /// <summary>Reads the file; a malformed row is refused naming file, line and field.</summary>
    public static ExchangeRates Load(string path)
    {
        const string Header = "year,currency,kind,units,sek,source,retrieved";
        var rows = new List<ExchangeRate>();
        using var text = new StreamReader(path);
        // CsvHelper, as every CSV the project reads: a source with a comma in it stays one quoted field.
        using var csv = new CsvHelper.CsvReader(text, new CsvHelper.Configuration.CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = CsvHelper.Configuration.TrimOptions.Trim });
        if (!csv.Read() || !csv.ReadHeader() || string.Join(",", csv.HeaderRecord ?? []) != Header)
        {
            throw new InvalidInputException($"{path}:1: expected the header {Header}");
        }

        while (csv.Read())
        {
            var cells = csv.Parser.Record ?? [];
            if (cells.All(c => c.Length == 0))
            {
                continue;
            }

            var line = csv.Parser.RawRow;
            string Where(string field) => $"{path}:{line}: {field}";
            if (cells.Length != 7)
            {
                throw new InvalidInputException($"{Where("row")}: expected 7 fields, found {cells.Length}");
            }

            rows.Add(new ExchangeRate(
                int.TryParse(cells[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : throw new InvalidInputException($"{Where("year")}: '{cells[0]}' is not a year"),
                Enum.TryParse<Currency>(cells[1], ignoreCase: true, out var currency) && currency != Currency.Sek ? currency : throw new InvalidInputException($"{Where("currency")}: '{cells[1]}' is not NOK or EUR"),
                Enum.TryParse<RateKind>(cells[2], ignoreCase: true, out var kind) ? kind : throw new InvalidInputException($"{Where("kind")}: '{cells[2]}' is not average or ppp"),
                decimal.TryParse(cells[3], NumberStyles.Number, CultureInfo.InvariantCulture, out var units) && units > 0 ? units : throw new InvalidInputException($"{Where("units")}: '{cells[3]}' is not a positive number"),
                decimal.TryParse(cells[4], NumberStyles.Number, CultureInfo.InvariantCulture, out var sek) && sek > 0 ? sek : throw new InvalidInputException($"{Where("sek")}: '{cells[4]}' is not a positive number"),
                cells[5].Length > 0 ? cells[5] : throw new InvalidInputException($"{Where("source")}: every rate names its source"),
                cells[6]));
        }

        return new ExchangeRates(rows, path);
    }

    /// <summary>
    /// <paramref name="amount"/> of <paramref name="from"/> in <paramref name="year"/> stated in SEK with the year's
    /// rate of <paramref name="kind"/>, and the method line to print under the figure.
    /// </summary>
    /// <exception cref="NotFoundException">The file has no such rate for the year.</exception>
    public ConvertedAmount ToSek(decimal amount, Currency from, int year, RateKind kind = RateKind.Average)
    {
        if (from == Currency.Sek)
        {
            throw new InvalidInputException("an amount already in SEK needs no conversion");
        }

        var rate = rates.FirstOrDefault(r => r.Year == year && r.Currency == from && r.Kind == kind)
            ?? throw new NotFoundException(
                $"no {(kind == RateKind.Ppp ? "purchasing power parity" : "annual average exchange rate")} for {from.ToString().ToUpperInvariant()} in {year} in {file}; the amount is not converted (add the published figure with its source)");
        var sek = Math.Round(amount * rate.SekPerUnit, 2, MidpointRounding.ToEven);
        var per = rate.SekPerUnit.ToString("0.####", CultureInfo.InvariantCulture);
        var code = from.ToString().ToUpperInvariant();
        var method = kind == RateKind.Average
            ? new LocalizedText(
                $"Omräknat från {code} till SEK med årsgenomsnittet {year} ({per} SEK per {code}; {rate.Source}).",
                $"Omregnet fra {code} til SEK med årsgjennomsnittet {year} ({per} SEK per {code}; {rate.Source}).",
                $"Converted from {code} to SEK at the {year} annual average rate ({per} SEK per {code}; {rate.Source}).")
            : new LocalizedText(
                $"Omräknat från {code} till SEK med köpkraftsparitet {year} ({per} SEK per {code}; {rate.Source}).",
                $"Omregnet fra {code} til SEK med kjøpekraftsparitet {year} ({per} SEK per {code}; {rate.Source}).",
                $"Converted from {code} to SEK at the {year} purchasing power parity ({per} SEK per {code}; {rate.Source}).");
        return new ConvertedAmount(sek, amount, from, rate, method);
    }
}
