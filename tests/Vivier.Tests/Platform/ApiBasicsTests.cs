using System.Net;
using System.Text.Json;
using Vivier.Testing;

namespace Vivier.Tests.Platform;

public sealed class ApiBasicsTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/api/v1/no-such-thing")]
    [InlineData("/api/v2/countries")]
    [InlineData("/api/v1/countries/FR/nothing")]
    public async Task Unknown_API_routes_answer_404_problem_details(string url)
    {
        using var client = App.NewClient();

        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());
        Assert.True(problem.RootElement.TryGetProperty("title", out _));
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_API()
    {
        using var client = App.NewClient();

        using var response = await client.GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("3.1", document.RootElement.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = document.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/countries", out _));
        Assert.True(paths.TryGetProperty("/api/v1/themes", out _));
        Assert.False(paths.TryGetProperty("/langue", out _));
    }
}

public sealed class ApiDocumentTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    [Fact]
    public async Task The_document_describes_bodies_by_their_types_uploads_and_hand_read_queries()
    {
        using var client = App.NewClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), TestContext.Current.CancellationToken));

        var root = document.RootElement;
        var mission = root.GetProperty("components").GetProperty("schemas").GetProperty("MissionInput").GetProperty("properties");
        Assert.Equal("string", mission.GetProperty("title").GetProperty("type").GetString());
        Assert.Equal("date", mission.GetProperty("startDate").GetProperty("format").GetString());
        Assert.True(mission.GetProperty("startDate").TryGetProperty("type", out _));
        var upload = root.GetProperty("paths").GetProperty("/api/v1/me/cv").GetProperty("put").GetProperty("requestBody").GetProperty("content");
        Assert.Equal("binary", upload.GetProperty("multipart/form-data").GetProperty("schema").GetProperty("properties").GetProperty("file").GetProperty("format").GetString());
        var roster = root.GetProperty("paths").GetProperty("/api/v1/deployments").GetProperty("get").GetProperty("parameters");
        Assert.Contains(roster.EnumerateArray(), p => p.GetProperty("name").GetString() == "pageSize" && p.GetProperty("in").GetString() == "query");
    }
}

public sealed class MalformedRequestTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    [Fact]
    public async Task A_malformed_JSON_body_is_a_400_problem_not_a_crash()
    {
        using var client = App.NewClient();
        using var content = new StringContent("{\"email\": ", System.Text.Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/api/v1/auth/login", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }
}
