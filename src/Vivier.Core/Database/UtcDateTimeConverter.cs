using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Vivier.Core.Database;

/// <summary>Every DateTime in Vivier is UTC: refuse anything else on write, mark it UTC on read.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => RequireUtc(value),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc))
{
    private static DateTime RequireUtc(DateTime value) => value.Kind == DateTimeKind.Utc
        ? value
        : throw new ArgumentException("Vivier stores UTC times only.", nameof(value));
}
