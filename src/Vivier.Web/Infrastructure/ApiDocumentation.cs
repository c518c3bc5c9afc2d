using Microsoft.OpenApi;

namespace Vivier.Web.Infrastructure;

/// <summary>
/// What the OpenAPI document cannot see in a handler that reads its request by hand: the query
/// parameters of the list endpoints (parsed together, so that every faulty one is named) and the
/// multipart file of the uploads (read by hand so that routing never matches on content type).
/// Clients, and the hostile-input test that reads the document, learn them from here.
/// </summary>
public static class ApiDocumentation
{
    /// <summary>Query parameters as (name, JSON type: "string" | "integer"), all optional.</summary>
    public static TBuilder Queries<TBuilder>(this TBuilder builder, params (string Name, string Type)[] parameters) where TBuilder : IEndpointConventionBuilder =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            foreach (var (name, type) in parameters)
            {
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = name,
                    In = ParameterLocation.Query,
                    Schema = new OpenApiSchema { Type = type == "integer" ? JsonSchemaType.Integer : JsonSchemaType.String },
                });
            }
            return Task.CompletedTask;
        });

    /// <summary>A multipart/form-data body with one file in the field <paramref name="field"/>.</summary>
    public static TBuilder Upload<TBuilder>(this TBuilder builder, string field = "file") where TBuilder : IEndpointConventionBuilder =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["multipart/form-data"] = new()
                    {
                        Schema = new OpenApiSchema
                        {
                            Type = JsonSchemaType.Object,
                            Required = new HashSet<string> { field },
                            Properties = new Dictionary<string, IOpenApiSchema> { [field] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } },
                        },
                    },
                },
            };
            return Task.CompletedTask;
        });
}
