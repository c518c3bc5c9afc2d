using Vivier.Core.Privacy;

namespace Vivier.Web.Features.Privacy;

/// <summary>One row of the retention table as it applies now: its rule, its period, and whether the admin changed it.</summary>
public sealed record RetentionRow(RetentionRule Rule, RetentionPeriod Period, bool Changed, bool Editable);

/// <summary>
/// The retention table in force: each rule's default, unless the admin chose another period
/// (within the rule's ceiling), or a configuration key sets it. The job, the admin's page and the
/// privacy notice all read it from here, so what people are told is what is applied.
/// </summary>
public sealed class RetentionPolicy(VivierDb db, IConfiguration configuration, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<IReadOnlyList<RetentionRow>> RowsAsync(CancellationToken cancellationToken)
    {
        var settings = await db.RetentionSettings.AsNoTracking().ToDictionaryAsync(s => s.RuleKey, s => s.Period, cancellationToken);
        return RetentionRules.All.Select(rule =>
        {
            if (rule.ConfigurationKey is { } key)
            {
                var configured = configuration.GetValue<TimeSpan?>(key);
                return new RetentionRow(rule, configured is { } span ? new RetentionPeriod((int)Math.Ceiling(span.TotalHours), RetentionUnit.Hours) : rule.Default,
                    configured is not null, Editable: false);
            }
            return settings.TryGetValue(rule.Key, out var chosen) && rule.Allows(chosen) ? new RetentionRow(rule, chosen, true, true) : new RetentionRow(rule, rule.Default, false, true);
        }).ToList();
    }

    /// <summary>A fingerprint of the admin's choices as stored: a form read before another admin saved is refused.</summary>
    public async Task<string> StampAsync(CancellationToken cancellationToken)
    {
        var settings = await db.RetentionSettings.AsNoTracking().OrderBy(s => s.RuleKey).ToListAsync(cancellationToken);
        return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
            string.Join('|', settings.Select(s => $"{s.RuleKey}={s.Period}@{s.ChangedAt.Ticks}")))))[..16];
    }

    public async Task<IReadOnlyDictionary<string, RetentionPeriod>> PeriodsAsync(CancellationToken cancellationToken) =>
        (await RowsAsync(cancellationToken)).ToDictionary(r => r.Rule.Key, r => r.Period);

    /// <summary>
    /// Sets the periods the admin chose, all of them or none: a period beyond its rule's ceiling (or
    /// of no length) is refused for its rule's key. A period equal to the default removes the choice.
    /// </summary>
    public async Task<FieldRefusals> SaveAsync(IReadOnlyDictionary<string, RetentionPeriod> chosen, Guid adminId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        var refusals = new FieldRefusals();
        foreach (var (key, period) in chosen)
        {
            var rule = RetentionRules.All.SingleOrDefault(r => r.Key == key && r.ConfigurationKey is null);
            if (rule is null)
            {
                refusals.Add("", "Retention.Refused.UnknownRule", key);
            }
            else if (!rule.Allows(period))
            {
                refusals.Add(key, "Retention.Refused.Period", l.Period(rule.Ceiling));
            }
        }
        if (refusals.Count > 0)
        {
            return refusals;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var stored = await db.RetentionSettings.ToDictionaryAsync(s => s.RuleKey, cancellationToken);
        foreach (var (key, period) in chosen)
        {
            var rule = RetentionRules.Of(key);
            if (stored.TryGetValue(key, out var setting))
            {
                if (period == rule.Default)
                {
                    db.RetentionSettings.Remove(setting);
                }
                else if (setting.Period != period)
                {
                    (setting.Period, setting.ChangedAt, setting.ChangedBy) = (period, now, adminId);
                }
            }
            else if (period != rule.Default)
            {
                db.RetentionSettings.Add(new RetentionSetting { RuleKey = key, Period = period, ChangedAt = now, ChangedBy = adminId });
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return refusals;
    }
}

public static class RetentionWords
{
    /// <summary>A period in the reader's words: "3 mois", "24 heures", "1 year".</summary>
    public static string Period(this IStringLocalizer l, RetentionPeriod period)
    {
        ArgumentNullException.ThrowIfNull(l);
        return l[$"Retention.Period.{period.Unit}", period.Amount];
    }
}
