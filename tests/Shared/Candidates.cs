using System.Net.Http.Headers;
using Vivier.Core.Identity;

namespace Vivier.Testing;

/// <summary>Candidates as the tests need them: signed in through the API, with a CV uploaded.</summary>
public static class Candidates
{
    /// <summary>A multipart body with one file in the field "file", as the upload endpoints take it.</summary>
    public static MultipartFormDataContent FileField(byte[] content, string name, string type = "application/pdf")
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(type);
        return new MultipartFormDataContent { { file, "file", name } };
    }

    /// <summary>Uploads a one-page CV through PUT /api/v1/me/cv and checks it was taken.</summary>
    public static async Task UploadCvAsync(this HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var form = FileField(TestPdf.Build(["CV"]), "cv.pdf");
        using var response = await client.PutAsync(new Uri("/api/v1/me/cv", UriKind.Relative), form, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>A new candidate, signed in with a bearer token, with a CV unless told otherwise.</summary>
    public static async Task<(TestPerson Person, HttpClient Client)> CreateCandidateAsync(this VivierApp app, bool withCv = true)
    {
        ArgumentNullException.ThrowIfNull(app);
        var person = await app.CreatePersonAsync(Roles.Expert);
        var client = app.NewClient().WithBearer(await app.ApiLoginAsync(person));
        if (withCv)
        {
            await client.UploadCvAsync();
        }
        return (person, client);
    }
}
