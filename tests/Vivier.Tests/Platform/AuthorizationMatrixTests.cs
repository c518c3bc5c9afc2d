using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Vivier.Testing;

namespace Vivier.Tests.Platform;

/// <summary>
/// Every page and endpoint says who may use it. The fallback policy already refuses anonymous
/// users where nothing is said; this test makes forgetting visible. Later modules add their
/// role-by-route rows beside it.
/// </summary>
public sealed class AuthorizationMatrixTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    [Fact]
    public void Every_endpoint_says_who_may_use_it()
    {
        using var client = App.NewClient();
        var endpoints = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

        var silent = endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null && e.Metadata.GetMetadata<IAuthorizeData>() is null)
            .Select(e => e.DisplayName ?? e.RoutePattern.RawText)
            .ToList();

        Assert.True(endpoints.Count > 10);
        Assert.Empty(silent);
    }
}
