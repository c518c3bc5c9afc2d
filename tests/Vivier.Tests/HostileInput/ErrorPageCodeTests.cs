using System.Net;
using Vivier.Testing;

namespace Vivier.Tests.HostileInput;

/// <summary>/erreur/{code} answers only with the error statuses Vivier itself produces; any other number is a page not found.</summary>
public sealed class ErrorPageCodeTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    [Theory]
    [InlineData("/erreur/101", HttpStatusCode.NotFound)]
    [InlineData("/erreur/-1", HttpStatusCode.NotFound)]
    [InlineData("/erreur/0", HttpStatusCode.NotFound)]
    [InlineData("/erreur/200", HttpStatusCode.NotFound)]
    [InlineData("/erreur/302", HttpStatusCode.NotFound)]
    [InlineData("/erreur/418", HttpStatusCode.NotFound)]
    [InlineData("/erreur/599", HttpStatusCode.NotFound)]
    [InlineData("/erreur/1000", HttpStatusCode.NotFound)]
    [InlineData("/erreur/2147483647", HttpStatusCode.NotFound)]
    [InlineData("/erreur/400", HttpStatusCode.BadRequest)]
    [InlineData("/erreur/403", HttpStatusCode.Forbidden)]
    [InlineData("/erreur/404", HttpStatusCode.NotFound)]
    [InlineData("/erreur/429", HttpStatusCode.TooManyRequests)]
    [InlineData("/erreur/500", HttpStatusCode.InternalServerError)]
    [InlineData("/erreur", HttpStatusCode.NotFound)]
    public async Task Only_the_statuses_the_app_produces_are_sent(string path, HttpStatusCode expected)
    {
        using var client = App.NewClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(expected, response.StatusCode);
        Assert.Contains("<main", html, StringComparison.Ordinal);
    }
}
