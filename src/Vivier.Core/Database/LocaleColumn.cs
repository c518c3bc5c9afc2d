using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Vivier.Core.Database;

/// <summary>A <see cref="Locale"/> column holds its code, as before the type existed: "fr" or "en".</summary>
public static class LocaleColumn
{
    public static readonly ValueConverter<Locale, string> Converter = new(locale => locale.Code, code => Locale.Of(code));
}
