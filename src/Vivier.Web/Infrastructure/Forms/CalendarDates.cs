using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace Vivier.Web.Infrastructure.Forms;

/// <summary>
/// Dates posted to pages or given in their query strings are held to <see cref="CalendarRange"/>,
/// as the API's JSON is: a day at the calendar's end becomes the field's message, not a value a
/// page would then compute with.
/// </summary>
public sealed class CalendarDateBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var type = context.Metadata.UnderlyingOrModelType;
        return type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset)
            ? new CalendarDateBinder(new SimpleTypeModelBinder(context.Metadata.ModelType, context.Services.GetRequiredService<ILoggerFactory>()))
            : null;
    }

    private sealed class CalendarDateBinder(IModelBinder inner) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext bindingContext)
        {
            await inner.BindModelAsync(bindingContext);
            var inRange = bindingContext.Result.Model switch
            {
                DateOnly day => CalendarRange.Contains(day),
                DateTime instant => CalendarRange.Contains(instant),
                DateTimeOffset instant => CalendarRange.Contains(instant),
                _ => true,
            };
            if (!inRange)
            {
                var l = bindingContext.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
                bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, l[CalendarRange.Problem, CalendarRange.First.Year, CalendarRange.Last.Year]);
                bindingContext.Result = ModelBindingResult.Failed();
            }
        }
    }
}
