using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Vivier.Core;
using Vivier.Core.Database;

namespace Vivier.Migrations.Sqlite;

/// <summary>Lets dotnet-ef build the SQLite model without starting the web host.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<VivierDb>
{
    public VivierDb CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<VivierDb>()
        .UseVivierDatabase(DatabaseProvider.Sqlite, "Data Source=design-time.db").Options);
}
