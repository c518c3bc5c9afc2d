using Vivier.Core.Text;

namespace Vivier.Web.Infrastructure;

/// <summary>
/// Every localizer of the application formats its messages through <see cref="MessageFormat"/>, so
/// that a resource may say "{0, plural, one {# personne trouvée} other {# personnes trouvées}}"
/// and every page, mail and API message that uses it agrees in number, in French and in English.
/// </summary>
public sealed class MessageLocalizerFactory(ResourceManagerStringLocalizerFactory resources) : IStringLocalizerFactory
{
    public IStringLocalizer Create(Type resourceSource) => new MessageLocalizer(resources.Create(resourceSource));

    public IStringLocalizer Create(string baseName, string location) => new MessageLocalizer(resources.Create(baseName, location));

    /// <summary>Puts this factory in place of the resource files' own, which it wraps.</summary>
    public static void Register(IServiceCollection services)
    {
        services.AddSingleton<ResourceManagerStringLocalizerFactory>();
        services.AddSingleton<IStringLocalizerFactory, MessageLocalizerFactory>();
    }
}

/// <summary>A resource file's localizer whose messages with arguments go through <see cref="MessageFormat"/>.</summary>
public sealed class MessageLocalizer(IStringLocalizer inner) : IStringLocalizer
{
    public LocalizedString this[string name] => inner[name];

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var message = inner[name];
            return message.ResourceNotFound
                ? inner[name, arguments]
                : new LocalizedString(name, MessageFormat.Format(CultureInfo.CurrentCulture, message.Value, arguments), false, message.SearchedLocation);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);
}
