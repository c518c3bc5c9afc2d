using Microsoft.AspNetCore.Mvc.Filters;

namespace Vivier.Web.Infrastructure.Forms;

/// <summary>
/// A form posted to a page is read before it is bound: one that is not the multipart it claims to
/// be, or has a NUL character in a field, is refused there (the styled 400 page). The API's JSON
/// and every query string are held to the same rule on NUL (<see cref="TextInput"/>).
/// </summary>
public sealed class TextWithoutNulFilter : IAsyncResourceFilter
{
    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var request = context.HttpContext.Request;
        if (request.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(context.HttpContext.RequestAborted);
            }
            catch (InvalidDataException)
            {
                // Not the multipart it claims to be (a wrong boundary, a part cut short), or past Limits:Multipart.
                context.Result = new BadRequestResult();
                return;
            }
            if (form.Any(f => TextInput.HasNul(f.Key) || f.Value.Any(TextInput.HasNul)))
            {
                context.Result = new BadRequestResult();
                return;
            }
        }
        await next();
    }
}
