using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Vivier.Testing;

namespace Vivier.Tests.Accounts;

/// <summary>Vivier in Production on a real Kestrel port, as a TLS proxy on this machine would reach it.</summary>
public abstract class KestrelProductionApp : ProductionVivierApp
{
    protected KestrelProductionApp() => UseKestrel(0);

    protected abstract string KnownProxies { get; }

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Mail:PublicUrl"] = PublicUrl,
        ["ForwardedHeaders:KnownProxies"] = KnownProxies,
        ["RateLimiting:Enabled"] = "true",
        ["RateLimiting:SignIn:PermitLimit"] = "2",
    };

    /// <summary>A client of the listening port (no cookies, no redirects followed), as the proxy is.</summary>
    public HttpClient ProxyClient()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false, CheckCertificateRevocationList = true })
        {
            BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)),
        };
    }
}

/// <summary>The proxy on the loopback is known: its forwarded headers are believed.</summary>
public sealed class BehindKnownProxyApp : KestrelProductionApp
{
    protected override string KnownProxies => "127.0.0.1";
}

/// <summary>No proxy is known: forwarded headers are anyone's and believed from no one.</summary>
public sealed class WithoutKnownProxyApp : KestrelProductionApp
{
    protected override string KnownProxies => "";
}

public sealed class BehindKnownProxyTests(BehindKnownProxyApp app) : VivierTest(app), IClassFixture<BehindKnownProxyApp>
{
    [Fact]
    public async Task Rate_limits_count_the_client_address_the_known_proxy_gives()
    {
        using var client = ((KestrelProductionApp)App).ProxyClient();

        var first = await ProxyTestsRequests.SignInStatusesAsync(client, "203.0.113.10", 3);
        var other = await ProxyTestsRequests.SignInStatusesAsync(client, "203.0.113.11", 1);

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], first);
        Assert.Equal([HttpStatusCode.Unauthorized], other);
    }

    [Fact]
    public async Task A_request_the_proxy_received_over_https_gets_HSTS_and_no_server_header()
    {
        using var client = ((KestrelProductionApp)App).ProxyClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = "vivier.example.org";
        request.Headers.Add("X-Forwarded-For", "203.0.113.20");
        request.Headers.Add("X-Forwarded-Proto", "https");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
        Assert.False(response.Headers.Contains("Server"));
    }
}

public sealed class WithoutKnownProxyTests(WithoutKnownProxyApp app) : VivierTest(app), IClassFixture<WithoutKnownProxyApp>
{
    [Fact]
    public async Task Forwarded_headers_from_an_unknown_sender_are_ignored()
    {
        using var client = ((KestrelProductionApp)App).ProxyClient();

        var first = await ProxyTestsRequests.SignInStatusesAsync(client, "198.51.100.1", 2);
        var pretending = await ProxyTestsRequests.SignInStatusesAsync(client, "198.51.100.2", 1);
        using var plain = await client.GetAsync("/", TestContext.Current.CancellationToken);

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized], first);
        // A new X-Forwarded-For does not make a new client: the sender is the same address.
        Assert.Equal([HttpStatusCode.TooManyRequests], pretending);
        Assert.False(plain.Headers.Contains("Server"));
    }
}

internal static class ProxyTestsRequests
{
    /// <summary>Wrong-password sign-ins through the proxy for one client address, each for another account.</summary>
    public static async Task<List<HttpStatusCode>> SignInStatusesAsync(HttpClient client, string clientAddress, int count)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/login")
            {
                Content = JsonContent.Create(new { email = $"nobody-{Guid.NewGuid():N}@exemple.fr", password = "Not-The-Password-1" }),
            };
            request.Headers.Add("X-Forwarded-For", clientAddress);
            request.Headers.Add("X-Forwarded-Proto", "https");
            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
        }
        return statuses;
    }
}
