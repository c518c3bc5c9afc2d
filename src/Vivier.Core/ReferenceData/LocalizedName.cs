namespace Vivier.Core.ReferenceData;

/// <summary>Reference rows named in French (the default) and English.</summary>
public interface IHasLocalizedName
{
    string NameFr { get; }
    string NameEn { get; }
}

public static class LocalizedNames
{
    /// <summary>The name in the given culture's language; French for any language but English.</summary>
    public static string NameIn(this IHasLocalizedName item, CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "en" ? item.NameEn : item.NameFr;

    public static string Name(this IHasLocalizedName item) => item.NameIn(CultureInfo.CurrentUICulture);
}
