namespace Vivier.BrowserTests;

/// <summary>
/// Every page a person can reach, checked with axe in French and in English. Each module's issue
/// adds its pages here; a page missing from this list is a page nobody checks.
/// </summary>
public static class PageCatalog
{
    public static readonly (string Name, string Path)[] Pages =
    [
        ("home", "/"),
        ("accessibility-statement", "/accessibilite"),
        ("reference-data", "/referentiels"),
        ("reference-data-countries", "/referentiels/pays"),
        ("reference-data-sectors", "/referentiels/secteurs"),
        ("not-found", "/page-qui-n-existe-pas"),
    ];

    public static TheoryData<string, string, string> InBothLanguages()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (name, path) in Pages)
        {
            data.Add(name, path, "fr");
            data.Add(name, path, "en");
        }
        return data;
    }
}
