namespace Riktning.Web.Features.OpenData;

/// <summary>A query parameter the API cannot use, and why; becomes a 400 problem naming the parameter.</summary>
public sealed record ParameterProblem(string Parameter, string Detail);
