using Microsoft.EntityFrameworkCore;

namespace Vivier.Core.ReferenceData;

/// <summary>How much reference data Vivier holds, as the home page shows it.</summary>
public sealed record ReferenceDataFigures(int Countries, int Sectors, int Themes, int Languages)
{
    /// <summary>
    /// The four counts in one round trip rather than four (EF Core writes them as four queries, and
    /// on the home page their overhead was the main cost). The columns are named as the snake-case
    /// convention maps the record's properties.
    /// </summary>
    public static Task<ReferenceDataFigures> CountAsync(VivierDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.SqlQueryRaw<ReferenceDataFigures>("""
            SELECT CAST((SELECT count(*) FROM countries) AS integer) AS countries,
                   CAST((SELECT count(*) FROM sectors WHERE is_active) AS integer) AS sectors,
                   CAST((SELECT count(*) FROM themes) AS integer) AS themes,
                   CAST((SELECT count(*) FROM languages) AS integer) AS languages
            """).SingleAsync(cancellationToken);
    }
}
