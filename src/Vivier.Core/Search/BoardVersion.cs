namespace Vivier.Core.Search;

/// <summary>
/// One row whose value changes, in the same transaction, with anything the board's facet counts
/// and their labels depend on: a mission added or removed, its status, deadline, country or kind
/// changed, a theme or sponsor linked or unlinked, a sponsor's short name, a country or a theme
/// added or changed. Database triggers
/// move it (<see cref="Database.HandWrittenSchema"/>), so raw SQL and other instances are seen
/// too; a reader holding counts made at one value knows they are exact while the value is unchanged.
/// </summary>
public sealed class BoardVersion
{
    public const int TheOne = 1;

    public int Id { get; init; }
    public long Value { get; init; }
}

internal sealed class BoardVersionConfiguration : IEntityTypeConfiguration<BoardVersion>
{
    public void Configure(EntityTypeBuilder<BoardVersion> version)
    {
        version.Property(v => v.Id).ValueGeneratedNever();
        version.HasData(new BoardVersion { Id = BoardVersion.TheOne, Value = 0 });
    }
}
