namespace Vivier.Core.Missions;

/// <summary>Stable, human-readable references: KIND-YEAR-NNNN (ETI-2025-0042), numbered per kind and year.</summary>
public static class MissionReferences
{
    public static async Task<string> NextAsync(VivierDb db, ExpertKind kind, int year, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var prefix = string.Create(CultureInfo.InvariantCulture, $"{kind}-{year}-");
        var last = await db.Missions.Where(m => m.Reference.StartsWith(prefix)).OrderByDescending(m => m.Reference)
            .Select(m => m.Reference).FirstOrDefaultAsync(cancellationToken);
        var number = last is null ? 1 : int.Parse(last[prefix.Length..], CultureInfo.InvariantCulture) + 1;
        // The unique index on Reference is the last word when two are created at once: the caller retries.
        return string.Create(CultureInfo.InvariantCulture, $"{prefix}{number:D4}");
    }

    public static bool IsWellFormed(string? reference) =>
        reference is { Length: >= 12 and <= 20 } && reference.Split('-') is [var kind, var year, var number]
        && Enum.TryParse<ExpertKind>(kind, out _) && year.Length == 4 && year.All(char.IsAsciiDigit)
        && number.Length >= 4 && number.All(char.IsAsciiDigit);
}
