namespace Riktning.Web.Features.Strategy;

/// <summary>A legend class: values from <see cref="From"/> to <see cref="To"/> share a fill, and the text on it a colour that contrasts.</summary>
public sealed record MapClass(int Index, double From, double To, string Fill, string TextFill);
