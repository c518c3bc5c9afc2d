using System.Net.Http.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Extensions.DependencyInjection;
using Vivier.Testing;

namespace Vivier.Tests.Authorization;

/// <summary>
/// Every page and endpoint, for anonymous visitors and each role, against the committed matrix.
/// Object-level rules (same role, other owner) are tested beside each resource, e.g. FileStoreTests.
/// </summary>
public sealed class AuthorizationMatrixTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    [Fact]
    public void The_matrix_states_every_endpoint_and_nothing_else()
    {
        var (missing, stale) = AuthorizationMatrix.Compare(AuthorizationMatrix.Endpoints(App.Services), AuthorizationMatrix.Read());

        Assert.True(missing.Count == 0, "Add to matrix.tsv:\n" + string.Join("\n", missing.Select(m => $"{m.Method}\t{m.Route}")));
        Assert.True(stale.Count == 0, "Remove from matrix.tsv:\n" + string.Join("\n", stale.Select(m => $"{m.Method}\t{m.Route}")));
    }

    [Fact]
    public void A_new_endpoint_missing_from_the_matrix_fails_the_check()
    {
        var endpoints = AuthorizationMatrix.Endpoints(App.Services).Append(new EndpointKey("DELETE", "/api/v1/brand-new"));

        var (missing, _) = AuthorizationMatrix.Compare(endpoints, AuthorizationMatrix.Read());

        Assert.Equal([new EndpointKey("DELETE", "/api/v1/brand-new")], missing);
    }

    [Fact]
    public async Task Each_identity_gets_what_the_matrix_says()
    {
        var clients = new Dictionary<string, HttpClient> { ["anonymous"] = App.NewClient() };
        foreach (var role in Vivier.Core.Identity.Roles.All)
        {
            clients[role] = await App.SignInAsAsync(role);
        }
        var wrong = new List<string>();
        foreach (var row in AuthorizationMatrix.Read())
        {
            foreach (var (identity, expected) in row.Expected)
            {
                using var request = new HttpRequestMessage(new HttpMethod(row.Endpoint.Method), row.Request);
                if (row.Endpoint.Method != "GET")
                {
                    request.Content = row.Request.StartsWith("/api/", StringComparison.Ordinal)
                        ? JsonContent.Create(new { })
                        : new FormUrlEncodedContent([]);
                }
                using var response = await clients[identity].SendAsync(request, TestContext.Current.CancellationToken);
                var actual = AuthorizationMatrix.Outcome(response);
                if (actual != expected)
                {
                    wrong.Add($"{row.Endpoint.Method} {row.Request} as {identity}: expected {expected}, got {actual} ({(int)response.StatusCode})");
                }
            }
        }
        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void Static_assets_are_public_and_every_other_endpoint_says_who_may_use_it()
    {
        var endpoints = App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

        var silent = endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null && e.Metadata.GetMetadata<IAuthorizeData>() is null)
            .Select(e => e.DisplayName ?? e.RoutePattern.RawText)
            .ToList();
        var assets = endpoints.Where(e => e.Metadata.GetMetadata<StaticAssetDescriptor>() is not null).ToList();

        Assert.NotEmpty(assets);
        Assert.All(assets, a => Assert.NotNull(a.Metadata.GetMetadata<IAllowAnonymous>()));
        Assert.Empty(silent);
    }
}
