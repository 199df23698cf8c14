namespace Riktning.Importing;

/// <summary>
/// The cells of a dataset in three flat arrays, ten bytes a cell. Parsers fill it completely before returning, so a file is
/// validated to its last value before anything is imported, and a million values cost 10 MB instead of a million objects.
/// </summary>
public sealed class CellValues
{
    private double[] _values;
    private ValueStatus[] _statuses;
    private ObservationFlags[] _flags;

    internal CellValues(int capacity = 16)
    {
        _values = new double[Math.Max(capacity, 1)];
        _statuses = new ValueStatus[_values.Length];
        _flags = new ObservationFlags[_values.Length];
    }

    public int Count { get; private set; }

    public DatasetCell this[int ordinal]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(ordinal);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(ordinal, Count);
            return Cell(ordinal);
        }
    }

    /// <summary>The cells in data order, produced one at a time.</summary>
    public IEnumerable<DatasetCell> Enumerate()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return Cell(i);
        }
    }

    internal void Add(double value) => Append(value, ValueStatus.Present);

    internal void AddSymbol(ValueStatus status)
    {
        // A symbol has no number; storing a status that shows one would turn the symbol into 0.
        if (status is ValueStatus.Present)
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "A symbol cannot be a present value.");
        }

        Append(0, status);
    }

    /// <summary>Fills the store up to <paramref name="count"/> cells with <paramref name="status"/>, for sparse sources.</summary>
    internal void FillTo(int count, ValueStatus status)
    {
        if (status is ValueStatus.Present)
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "Only cells without a number can be filled in.");
        }

        while (Count < count)
        {
            Append(0, status);
        }
    }

    internal void Set(int ordinal, double value)
    {
        _values[ordinal] = value;
        _statuses[ordinal] = ValueStatus.Present;
    }

    internal ValueStatus StatusAt(int ordinal) => _statuses[ordinal];

    internal void SetStatus(int ordinal, ValueStatus status) => _statuses[ordinal] = status;

    internal void AddFlags(int ordinal, ObservationFlags flags) => _flags[ordinal] |= flags;

    private DatasetCell Cell(int i)
    {
        var status = _statuses[i];
        double? value = status is ValueStatus.Present ? _values[i] : null;
        return new DatasetCell(i, value, status, _flags[i]);
    }

    private void Append(double value, ValueStatus status)
    {
        if (Count == _values.Length)
        {
            var size = (int)Math.Min((long)_values.Length * 2, Array.MaxLength);
            Array.Resize(ref _values, size);
            Array.Resize(ref _statuses, size);
            Array.Resize(ref _flags, size);
        }

        _values[Count] = value;
        _statuses[Count] = status;
        Count++;
    }
}
