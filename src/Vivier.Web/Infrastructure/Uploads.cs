using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Vivier.Web.Infrastructure;

/// <summary>A file from a multipart form, or why none could be read (a message key and its arguments).</summary>
public sealed record Upload(IFormFile? File, string? Problem, params object[] Arguments);

/// <summary>
/// Reads the file of a multipart form within Limits:Multipart. A body that is not the multipart it
/// claims to be (a wrong boundary, a truncated part) or larger than the limit is the sender's
/// error: a message, never a server error.
/// </summary>
public static class Uploads
{
    public static async Task<Upload> ReadFileAsync(HttpRequest request, string field, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasFormContentType)
        {
            return new Upload(null, null);
        }
        try
        {
            var form = await request.ReadFormAsync(cancellationToken);
            return new Upload(form.Files.GetFile(field), null);
        }
        catch (InvalidDataException broken)
        {
            // The form reader says so when one of its limits (Limits:Multipart) stopped it; otherwise the multipart is broken.
            var limits = request.HttpContext.RequestServices.GetRequiredService<MultipartLimits>();
            return IsTooLarge(request) ? new Upload(null, "Upload.Problem.TooLarge")
                : broken.Message.Contains("limit", StringComparison.OrdinalIgnoreCase) ? new Upload(null, "Upload.Problem.Limits", limits.MaxParts, limits.MaxHeaderBytes / 1024d)
                : new Upload(null, "Upload.Problem.Malformed");
        }
        catch (BadHttpRequestException bad) when (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return new Upload(null, "Upload.Problem.TooLarge");
        }
        catch (IOException) when (!cancellationToken.IsCancellationRequested)
        {
            // The body ended before its closing boundary.
            return new Upload(null, "Upload.Problem.Malformed");
        }
    }

    private static bool IsTooLarge(HttpRequest request)
    {
        var limit = request.HttpContext.RequestServices.GetRequiredService<IOptions<FormOptions>>().Value.MultipartBodyLengthLimit;
        return request.ContentLength > limit;
    }
}
