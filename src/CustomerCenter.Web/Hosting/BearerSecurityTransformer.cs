using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CustomerCenter.Web.Hosting;

/// <summary>Declares the bearer API key in the OpenAPI document so clients and the reference page can use it.</summary>
internal sealed class BearerSecurityTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info.Title = "Customer Center API";
        document.Info.Description = "Customers, sales documents, payments and receivables. Authenticate with `Authorization: Bearer <api key>`.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["bearer"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "An API key created in Settings → API keys or with `api-key create`.",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("bearer", document)] = [] });
        return Task.CompletedTask;
    }
}
