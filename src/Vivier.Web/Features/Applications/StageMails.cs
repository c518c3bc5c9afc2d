namespace Vivier.Web.Features.Applications;

/// <summary>Who a stage mail goes to, and what fills its placeholders.</summary>
public sealed record StageMailRecipient(string Email, Locale Language, string GivenName, string FamilyName, string Reference, string MissionTitle, string? MissionTitleEn);

/// <summary>
/// Queues the mail of the stage an application enters, from the template staff edited for that
/// stage in the candidate's language (French when none exists in theirs; nothing when disabled).
/// The caller's SaveChanges commits the mails with the move, so a move never loses or invents one.
/// </summary>
public sealed class StageMails(VivierDb db, Mailer mailer)
{
    /// <summary>The recipients of the given applications, in one query.</summary>
    public Task<List<(Guid ApplicationId, StageMailRecipient Recipient)>> RecipientsAsync(IReadOnlyCollection<Guid> applicationIds, CancellationToken cancellationToken) =>
        db.Applications.AsNoTracking().Where(a => applicationIds.Contains(a.Id))
            .Join(db.Users, a => a.PersonId, p => p.Id, (a, p) => new { a.Id, a.MissionId, p.Email, p.PreferredLanguage, p.GivenName, p.FamilyName })
            .Join(db.Missions, x => x.MissionId, m => m.Id, (x, m) => new { x, m.Reference, m.Title, m.TitleEn })
            .Select(r => ValueTuple.Create(r.x.Id, new StageMailRecipient(r.x.Email!, r.x.PreferredLanguage, r.x.GivenName, r.x.FamilyName, r.Reference, r.Title, r.TitleEn)))
            .ToListAsync(cancellationToken);

    /// <summary>Queues one mail per recipient for <paramref name="stageKey"/>; how many were queued.</summary>
    public async Task<int> QueueAsync(string stageKey, IEnumerable<StageMailRecipient> recipients, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        var templates = await db.StageMailTemplates.AsNoTracking().Where(t => t.StageKey == stageKey).ToDictionaryAsync(t => t.Language, cancellationToken);
        var stage = await db.PipelineStages.AsNoTracking().SingleAsync(s => s.Key == stageKey, cancellationToken);
        var queued = 0;
        foreach (var recipient in recipients)
        {
            var template = templates.GetValueOrDefault(recipient.Language) ?? templates.GetValueOrDefault(Locale.French);
            if (template is not { Enabled: true })
            {
                continue;
            }
            var values = new Dictionary<string, string>
            {
                ["prenom"] = recipient.GivenName,
                ["nom"] = recipient.FamilyName,
                ["mission"] = recipient.Language.Pick(recipient.MissionTitle, recipient.MissionTitleEn),
                ["reference"] = recipient.Reference,
                ["etape"] = stage.CandidateLabel(recipient.Language),
                ["lien"] = mailer.Absolute("/candidatures"),
            };
            mailer.QueueWritten(recipient.Email, template.Language, StageMailTemplate.Fill(template.Subject, values), StageMailTemplate.Fill(template.Body, values));
            queued++;
        }
        return queued;
    }
}
