using System.Text.Json;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;

namespace Vivier.Web.Infrastructure;

/// <summary>
/// A request the server cannot read — a JSON body that is malformed, of the wrong types, null where
/// a value is required, a date off the calendar, a body past its size limit, a route or query value
/// that does not bind — is the sender's error, never the server's: the API answers 400 (or 413) with
/// problem details naming each faulty field in the reader's language; a page gets the styled error
/// page for that status. Nothing has been done by then.
/// </summary>
public sealed class BadRequestMiddleware(RequestDelegate next, ILogger<BadRequestMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            if (context.Request.Query.Any(q => TextInput.HasNul(q.Key) || q.Value.Any(TextInput.HasNul)))
            {
                throw new BadHttpRequestException(TextInput.NulProblem);
            }
            await next(context);
        }
        catch (InvalidOperationException) when (!context.Response.HasStarted && context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
        {
            // A form read by an endpoint after its antiforgery token was refused: the sender's error like any other.
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        catch (BadHttpRequestException bad) when (!context.Response.HasStarted)
        {
            logger.LogDebug(bad, "A request to {Path} could not be read.", context.Request.Path);
            context.Response.Clear();
            context.Response.StatusCode = bad.StatusCode;
            if (ErrorHandling.IsApi(context))
            {
                await Problem(context, bad).ExecuteAsync(context);
            }
        }
    }

    private static IResult Problem(HttpContext context, BadHttpRequestException bad)
    {
        var l = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        if (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Results.Problem(statusCode: bad.StatusCode, title: l["Error.TooLarge.Title"], detail: l["Error.TooLarge.Text"]);
        }
        if (bad.Message == TextInput.NulProblem)
        {
            return Results.Problem(statusCode: bad.StatusCode, title: l["Api.Request.Invalid"], detail: l[TextInput.NulProblem]);
        }
        if (bad.InnerException is not JsonException json)
        {
            return Results.Problem(statusCode: bad.StatusCode, title: l["Api.Request.Invalid"], detail: l["Api.Request.Invalid.Detail"]);
        }
        var maxDepth = context.RequestServices.GetRequiredService<JsonLimits>().MaxDepth;
        var (key, arguments) = json switch
        {
            BodyRefusal refusal => (refusal.MessageKey, refusal.MessageKey == CalendarRange.Problem ? new object[] { CalendarRange.First.Year, CalendarRange.Last.Year } : []),
            // The reader says so in its message only (its exception type is internal).
            _ when json.Message.Contains("maximum configured depth", StringComparison.Ordinal) => ("Api.Body.TooDeep", [maxDepth]),
            _ => (json.Path is null ? "Api.Body.Malformed" : "Api.Body.WrongType", Array.Empty<object>()),
        };
        var field = Field(json.Path, (json as BodyRefusal)?.Property);
        return Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [l[key, arguments]] }, title: l["Api.Body.Invalid"]);
    }

    /// <summary>"$.languages[0]" and "code" → "languages[0].code"; the body itself is "body".</summary>
    private static string Field(string? path, string? property)
    {
        var at = (path ?? "$").TrimStart('$').TrimStart('.');
        var field = property is null ? at : at.Length == 0 ? property : $"{at}.{property}";
        return field.Length == 0 ? "body" : field;
    }
}

/// <summary>
/// Bounds every request body before anything reads it: a multipart or form body by
/// Limits:Multipart:MaxBytes, any other (the API's JSON) by Limits:Json:MaxBodyBytes. A declared
/// length past the limit is refused at once (413); a body that runs past it while being read stops
/// there, on Kestrel and on any other server.
/// </summary>
public sealed class RequestBodyLimitMiddleware(RequestDelegate next, MultipartLimits multipart, JsonLimits json)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || request.ContentLength == 0)
        {
            return next(context);
        }
        var limit = request.HasFormContentType ? multipart.MaxBytes : json.MaxBodyBytes;
        if (request.ContentLength > limit)
        {
            throw new BadHttpRequestException("The request body is larger than allowed.", StatusCodes.Status413PayloadTooLarge);
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } server)
        {
            server.MaxRequestBodySize = limit;
        }
        else
        {
            request.Body = new LimitedBody(request.Body, limit);
        }
        return next(context);
    }

    /// <summary>A request body that refuses to be read past its limit.</summary>
    private sealed class LimitedBody(Stream inner, long limit) : Stream
    {
        private long read;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        private int Count(int bytes)
        {
            read += bytes;
            return read > limit ? throw new BadHttpRequestException("The request body is larger than allowed.", StatusCodes.Status413PayloadTooLarge) : bytes;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
