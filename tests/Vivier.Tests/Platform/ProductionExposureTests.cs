using System.Net;
using Vivier.Testing;

namespace Vivier.Tests.Platform;

/// <summary>In Production the OpenAPI document, a map of every endpoint, is published only when asked.</summary>
public sealed class ProductionExposureTests(ProductionVivierApp app) : VivierTest(app), IClassFixture<ProductionVivierApp>
{
    [Fact]
    public async Task The_OpenAPI_document_is_not_published_by_default()
    {
        using var client = App.NewClient();

        using var response = await client.GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

/// <summary>Production with Api:PublishOpenApi=true.</summary>
public sealed class PublishedOpenApiApp : ProductionVivierApp
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Mail:PublicUrl"] = PublicUrl,
        ["Api:PublishOpenApi"] = "true",
    };
}

public sealed class PublishedOpenApiTests(PublishedOpenApiApp app) : VivierTest(app), IClassFixture<PublishedOpenApiApp>
{
    [Fact]
    public async Task The_operator_can_publish_the_OpenAPI_document()
    {
        using var client = App.NewClient();

        using var response = await client.GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
