namespace Vivier.Core.ReferenceData;

/// <summary>Reference rows named in French (the default) and English.</summary>
public interface IHasLocalizedName
{
    string NameFr { get; }
    string NameEn { get; }
}

public static class LocalizedNames
{
    public static string NameIn(this IHasLocalizedName item, Locale language) => language.IsEnglish ? item.NameEn : item.NameFr;

    public static string Name(this IHasLocalizedName item) => item.NameIn(Locale.Current);
}
