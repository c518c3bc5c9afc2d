using System.Reflection;
using Vivier.Core.Database;

namespace Vivier.Testing;

/// <summary>
/// The database this test assembly runs on. Each suite is compiled twice (Vivier.Tests and
/// Vivier.Tests.Postgres…), and the project file stamps the provider into the assembly.
/// </summary>
public static class TestProvider
{
    public static DatabaseProvider Current { get; } = Enum.Parse<DatabaseProvider>(
        typeof(TestProvider).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "Vivier.TestProvider").Value!);
}
