using System.Net;
using Vivier.Testing;

namespace Vivier.Tests.HostileInput;

/// <summary>The programme as deployed, with its public address and its security contact set.</summary>
public sealed class PublicSiteApp : VivierApp
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Mail:PublicUrl"] = "https://vivier.example.org", ["Vivier:SecurityContact"] = "securite@example.org",
    };
}

/// <summary>/.well-known/security.txt says where to report a vulnerability (RFC 9116), from configuration only.</summary>
public sealed class SecurityTxtTests(PublicSiteApp app) : VivierTest(app), IClassFixture<PublicSiteApp>
{
    [Fact]
    public async Task It_names_the_contact_languages_expiry_and_canonical_address_and_ignores_a_forged_host()
    {
        using var client = App.NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/.well-known/security.txt");
        request.Headers.Host = "evil.example.net";

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Contact: mailto:securite@example.org\n", text, StringComparison.Ordinal);
        Assert.Contains("Preferred-Languages: fr, en\n", text, StringComparison.Ordinal);
        Assert.Contains("Canonical: https://vivier.example.org/.well-known/security.txt\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("evil", text, StringComparison.Ordinal);
        var expires = DateTime.Parse(text.Split('\n').Single(l => l.StartsWith("Expires: ", StringComparison.Ordinal))[9..], System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AdjustToUniversal);
        Assert.InRange(expires, App.Clock.GetUtcNow().UtcDateTime, App.Clock.GetUtcNow().UtcDateTime.AddYears(1));
    }
}
