using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Json;
using Vivier.Core.Inputs;

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
/// is refused as the body is read, as is a date outside <see cref="CalendarRange"/>: the handlers
/// never meet a null they did not ask for, nor a day at the calendar's end.
/// </summary>
public static class JsonBodies
{
    public static WebApplicationBuilder AddVivierJsonBodies(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<JsonOptions>().Configure<JsonLimits>((options, limits) =>
        {
            var serializer = options.SerializerOptions;
            serializer.MaxDepth = limits.MaxDepth;
            serializer.Converters.Add(new JsonStringEnumConverter());
            serializer.Converters.Add(new InCalendar<DateOnly>(JsonMetadataServices.DateOnlyConverter, CalendarRange.Contains));
            serializer.Converters.Add(new InCalendar<DateTime>(JsonMetadataServices.DateTimeConverter, CalendarRange.Contains));
            serializer.Converters.Add(new InCalendar<DateTimeOffset>(JsonMetadataServices.DateTimeOffsetConverter, CalendarRange.Contains));
            serializer.TypeInfoResolver = (serializer.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(RefuseUnwantedNulls);
        });
        return builder;
    }

    /// <summary>A date read as usual, then held to the calendar's range; written as usual.</summary>
    private sealed class InCalendar<T>(JsonConverter<T> inner, Func<T, bool> inRange) : JsonConverter<T> where T : struct
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var value = inner.Read(ref reader, typeToConvert, options);
            return inRange(value) ? value : throw new BodyRefusal(CalendarRange.Problem);
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => inner.Write(writer, value, options);
    }

    private sealed record NullCheck(string Name, Func<object, object?> Get, bool ValueRequired, bool ElementsRequired);

    /// <summary>After each object is read, its non-nullable properties and the elements of its non-nullable-element lists are checked.</summary>
    private static void RefuseUnwantedNulls(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }
        var context = new NullabilityInfoContext();
        var checks = new List<NullCheck>();
        foreach (var property in info.Properties)
        {
            if (property.Get is not { } get || property.PropertyType.IsValueType || Nullability(context, property.AttributeProvider) is not { } nullability)
            {
                continue;
            }
            var valueRequired = nullability.ReadState == NullabilityState.NotNull;
            var elementsRequired = ElementOf(nullability) is { Type.IsValueType: false, ReadState: NullabilityState.NotNull };
            if (valueRequired || elementsRequired)
            {
                checks.Add(new NullCheck(property.Name, get, valueRequired, elementsRequired));
            }
        }
        if (checks.Count == 0)
        {
            return;
        }
        var earlier = info.OnDeserialized;
        info.OnDeserialized = value =>
        {
            foreach (var check in checks)
            {
                var read = check.Get(value);
                if (read is null && check.ValueRequired)
                {
                    throw new BodyRefusal("Api.Body.Required", check.Name);
                }
                if (check.ElementsRequired && read is IEnumerable elements && elements.Cast<object?>().Any(e => e is null))
                {
                    throw new BodyRefusal("Api.Body.NullElement", check.Name);
                }
            }
            earlier?.Invoke(value);
        };
    }

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
