namespace Vivier.Core.Events;

/// <summary>Texts written in French with an optional English version: the English one for English readers when there is one.</summary>
public static class Bilingual
{
    public static string Pick(string language, string french, string? english) =>
        language == "en" && !string.IsNullOrWhiteSpace(english) ? english : french;
}
