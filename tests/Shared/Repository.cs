namespace Vivier.Testing;

/// <summary>The source tree the tests were built from, for tests that read committed files.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Vivier.slnx")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("Vivier.slnx not found above " + AppContext.BaseDirectory);
    }
}
