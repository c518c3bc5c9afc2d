namespace Vivier.Core.ReferenceData;

/// <summary>An ISO 639-1 language; levels of mastery use the CEFR scale elsewhere.</summary>
public sealed class Language : IHasLocalizedName
{
    public required string Code { get; init; }
    public required string NameFr { get; set; }
    public required string NameEn { get; set; }
}
