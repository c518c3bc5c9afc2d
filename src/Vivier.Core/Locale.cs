using System.Text.Json;
using System.Text.Json.Serialization;

namespace Vivier.Core;

/// <summary>
/// The language Vivier speaks to someone: French first, English on request. One type for the
/// request's interface, a person's mails, a stage mail's version and a bilingual text's pick; it is
/// stored and sent as its ISO 639-1 code ("fr", "en"). The default value is French, so anything
/// unknown falls back to French rather than failing.
/// </summary>
[JsonConverter(typeof(LocaleJsonConverter))]
public readonly record struct Locale
{
    public static readonly Locale French;
    public static readonly Locale English = new(english: true);
    /// <summary>Both, French first: the order of every bilingual form and list.</summary>
    public static readonly IReadOnlyList<Locale> All = [French, English];

    private static readonly CultureInfo FrenchCulture = CultureInfo.GetCultureInfo("fr-FR");
    private static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo("en-GB");

    private readonly bool english;

    private Locale(bool english) => this.english = english;

    public bool IsEnglish => english;
    public string Code => english ? "en" : "fr";
    /// <summary>The culture its dates, numbers and resources are written in.</summary>
    public CultureInfo Culture => english ? EnglishCulture : FrenchCulture;

    /// <summary>The language of the current request (or job): what the culture middleware chose.</summary>
    public static Locale Current => Of(CultureInfo.CurrentUICulture);

    /// <summary>English for "en", French for anything else.</summary>
    public static Locale Of(string? code) => code == "en" ? English : French;

    public static Locale Of(CultureInfo culture) => Of(culture?.TwoLetterISOLanguageName);

    /// <summary>Reads a code that must be one of the two; anything else is refused, not defaulted.</summary>
    public static bool TryParse(string? code, out Locale locale)
    {
        locale = Of(code);
        return code is "fr" or "en";
    }

    /// <summary>The English text for English readers when there is one, else the French.</summary>
    public string Pick(string french, string? english) =>
        this.english && !string.IsNullOrWhiteSpace(english) ? english : french;

    /// <summary>
    /// The language of what <see cref="Pick"/> shows when it is not the reader's (French for an
    /// English reader of a text without translation), for the lang attribute a screen reader
    /// needs to switch voice; null when the text is in the page's language.
    /// </summary>
    public string? LangOf(string? french, string? english) =>
        this.english ? (string.IsNullOrWhiteSpace(english) ? "fr" : null) : (string.IsNullOrWhiteSpace(french) && !string.IsNullOrWhiteSpace(english) ? "en" : null);

    public override string ToString() => Code;
}

/// <summary>A locale on the wire is its code.</summary>
public sealed class LocaleJsonConverter : JsonConverter<Locale>
{
    public override Locale Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Locale.Of(reader.GetString());

    public override void Write(Utf8JsonWriter writer, Locale value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Code);
    }
}
