using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Json;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Vivier.Web.Infrastructure;

/// <summary>A request body refused while it was read: what is wrong (a message key) and where (a JSON property).</summary>
public sealed class BodyRefusal(string messageKey, string? property = null) : JsonException(messageKey)
{
    public string MessageKey { get; } = messageKey;

    /// <summary>The property inside the object at <see cref="JsonException.Path"/>, when the refusal names one.</summary>
    public string? Property { get; } = property;
}

/// <summary>
/// How the API reads JSON bodies: within Limits:Json (depth), and holding its records to their C#
/// types. A property or a list element declared non-nullable that arrives as null (or is missing)
/// is refused as the body is read, as are a date outside <see cref="CalendarRange"/> and text
/// holding a NUL character: the handlers never meet a null they did not ask for, a day at the
/// calendar's end, or text the database cannot store.
/// </summary>
public static class JsonBodies
{
    public static WebApplicationBuilder AddVivierJsonBodies(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<JsonOptions>().Configure<JsonLimits>((options, limits) =>
        {
            var serializer = options.SerializerOptions;
            serializer.MaxDepth = limits.MaxDepth;
            // Names only: a number would bind to any value of the enum's type, named or not.
            serializer.Converters.Add(new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false));
            serializer.TypeInfoResolver = (serializer.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(HoldToTheirTypes);
        });
        return builder;
    }

    /// <summary>What is checked of one property once its object is read.</summary>
    private sealed record PropertyCheck(string Name, Func<object, object?> Get, bool ValueRequired, bool ElementsRequired);

    /// <summary>
    /// After each object is read: its non-nullable properties hold a value, the lists whose elements
    /// are non-nullable hold no null, no text (alone or in a list) holds a NUL character, and every
    /// date is within the calendar's range, every enum holds one of its names. Checked here rather than by converters, so that the
    /// OpenAPI document still describes each property by its type.
    /// </summary>
    private static void HoldToTheirTypes(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }
        var context = new NullabilityInfoContext();
        var checks = new List<PropertyCheck>();
        foreach (var property in info.Properties)
        {
            if (property.Get is not { } get)
            {
                continue;
            }
            var nullability = property.PropertyType.IsValueType ? null : Nullability(context, property.AttributeProvider);
            checks.Add(new PropertyCheck(property.Name, get, nullability?.ReadState == NullabilityState.NotNull,
                nullability is not null && ElementOf(nullability) is { Type.IsValueType: false, ReadState: NullabilityState.NotNull }));
        }
        var earlier = info.OnDeserialized;
        info.OnDeserialized = value =>
        {
            foreach (var check in checks)
            {
                var read = check.Get(value);
                var problem = read switch
                {
                    null => check.ValueRequired ? "Api.Body.Required" : null,
                    string text => TextInput.HasNul(text) ? TextInput.NulProblem : null,
                    DateOnly day => CalendarRange.Contains(day) ? null : CalendarRange.Problem,
                    DateTime instant => CalendarRange.Contains(instant) ? null : CalendarRange.Problem,
                    DateTimeOffset instant => CalendarRange.Contains(instant) ? null : CalendarRange.Problem,
                    IEnumerable<string?> texts => check.ElementsRequired && texts.Contains(null) ? "Api.Body.NullElement"
                        : texts.Any(TextInput.HasNul) ? TextInput.NulProblem : null,
                    Enum named => Enum.IsDefined(named.GetType(), named) ? null : "Api.Body.WrongType",
                    IEnumerable elements => ElementProblem(elements.Cast<object?>().ToList(), check.ElementsRequired),
                    _ => null,
                };
                if (problem is not null)
                {
                    throw new BodyRefusal(problem, check.Name);
                }
            }
            earlier?.Invoke(value);
        };
    }

    /// <summary>A null where the list's elements may not be null, or a number no name of its enum stands for.</summary>
    private static string? ElementProblem(List<object?> elements, bool required) =>
        required && elements.Contains(null) ? "Api.Body.NullElement"
        : elements.Any(e => e is Enum named && !Enum.IsDefined(named.GetType(), named)) ? "Api.Body.WrongType"
        : null;

    private static NullabilityInfo? Nullability(NullabilityInfoContext context, ICustomAttributeProvider? member) => member switch
    {
        PropertyInfo property => context.Create(property),
        FieldInfo field => context.Create(field),
        _ => null,
    };

    /// <summary>The element of an array or of a one-argument generic collection (List, IReadOnlyList…); dictionaries and strings have none.</summary>
    private static NullabilityInfo? ElementOf(NullabilityInfo nullability) =>
        nullability.Type == typeof(string) ? null
        : nullability.ElementType is { } element ? element
        : nullability.GenericTypeArguments.Length == 1 && typeof(IEnumerable).IsAssignableFrom(nullability.Type) ? nullability.GenericTypeArguments[0]
        : null;
}
