using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Vivier.Core;
using Vivier.Core.Database;

namespace Vivier.Migrations.Postgres;

/// <summary>Lets dotnet-ef build the PostgreSQL model without starting the web host.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<VivierDb>
{
    public VivierDb CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<VivierDb>()
        .UseVivierDatabase(DatabaseProvider.Postgres, "Host=localhost;Database=vivier").Options);
}
