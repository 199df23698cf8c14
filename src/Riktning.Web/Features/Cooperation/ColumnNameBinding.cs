using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Riktning.Web.Features.Cooperation;

/// <summary>
/// Binds the registry's form inputs (<c>ProjectInput</c>, <c>AgreementInput</c>, <c>ActivityInput</c>,
/// <c>KnowledgeInput</c> in Core) by the import file's column names (<c>signed-on</c> for <c>SignedOn</c>), so one
/// name serves the file, the form and the validators' problems; a list is split at ';' and line breaks as a file's cell is.
/// </summary>
public sealed class ColumnNameBinding : IBindingMetadataProvider, IModelBinder
{
    public void CreateBindingMetadata(BindingMetadataProviderContext context)
    {
        if (context.Key is { MetadataKind: ModelMetadataKind.Property, ContainerType: { Namespace: "Riktning.CrossBorder" } container, Name: { } name }
            && container.Name.EndsWith("Input", StringComparison.Ordinal))
        {
            context.BindingMetadata.BinderModelName = ColumnName(name);
            if (context.Key.ModelType == typeof(IReadOnlyList<string>))
            {
                context.BindingMetadata.BinderType = typeof(ColumnNameBinding);
            }
        }
    }

    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        bindingContext.Result = ModelBindingResult.Success(Split(bindingContext.ValueProvider.GetValue(bindingContext.ModelName)));
        return Task.CompletedTask;
    }

    /// <summary>Every value of a field (checkboxes, multiple selects), each also split at ';' and line breaks.</summary>
    public static IReadOnlyList<string> Split(IEnumerable<string?> values) =>
        [.. values.SelectMany(v => (v ?? "").Split([';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];

    /// <summary>"PartnersSe" → "partners-se".</summary>
    public static string ColumnName(string propertyName)
    {
        var name = new System.Text.StringBuilder();
        foreach (var c in propertyName)
        {
            if (char.IsUpper(c) && name.Length > 0)
            {
                name.Append('-');
            }

            name.Append(char.ToLowerInvariant(c));
        }

        return name.ToString();
    }
}
