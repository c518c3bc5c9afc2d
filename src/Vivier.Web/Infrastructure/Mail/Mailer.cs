using System.Net;
using Microsoft.Extensions.Options;
using Vivier.Core.Mail;

namespace Vivier.Web.Infrastructure.Mail;

/// <summary>
/// Writes mails into the outbox, in the recipient's language, from the templates in the resources
/// (Mail.NAME.Subject, Mail.NAME.Body). The caller's SaveChanges commits them with its change.
/// </summary>
public sealed partial class Mailer(VivierDb db, IStringLocalizer<SharedResource> l, PublicAddress site, TimeProvider clock)
{
    /// <summary>Queues the mail; <paramref name="link"/> is a path such as /compte/confirmer?… made absolute here.</summary>
    public OutboxMail Queue(string to, Locale language, string template, string recipientName, string link) =>
        Queue(to, language, template, recipientName, link, []);

    /// <summary>Queues a mail whose body also lists <paramref name="items"/> (its {2}), one per line.</summary>
    public OutboxMail Queue(string to, Locale language, string template, string recipientName, string link, IReadOnlyList<string> items)
    {
        var body = l.In(language, $"Mail.{template}.Body", recipientName, Absolute(link), string.Join("\n", items));
        return QueueWritten(to, language, l.In(language, $"Mail.{template}.Subject"), body);
    }

    /// <summary>Queues a mail written elsewhere (a template staff edit): paragraphs separated by a blank line, links made clickable.</summary>
    public OutboxMail QueueWritten(string to, Locale language, string subject, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var paragraphs = text.ReplaceLineEndings("\n").Split("\n\n");
        var now = clock.GetUtcNow().UtcDateTime;
        var mail = new OutboxMail
        {
            To = to,
            Subject = subject.ReplaceLineEndings(" "),
            TextBody = string.Join("\n\n", paragraphs) + "\n",
            HtmlBody = Html(language, subject, paragraphs),
            CreatedAt = now,
            NextAttemptAt = now,
        };
        db.OutboxMails.Add(mail);
        return mail;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"https?://[^\s<]+")]
    private static partial System.Text.RegularExpressions.Regex Links();

    /// <summary>An absolute address for a path of the site, as links in mails need (<see cref="PublicAddress"/>).</summary>
    public string Absolute(string link) => site.Absolute(link);

    private static string Html(Locale language, string subject, IEnumerable<string> paragraphs)
    {
        var body = string.Concat(paragraphs.Select(p =>
            $"<p>{Links().Replace(WebUtility.HtmlEncode(p), m => $"<a href=\"{m.Value}\">{m.Value}</a>").Replace("\n", "<br>", StringComparison.Ordinal)}</p>"));
        return $"<!DOCTYPE html><html lang=\"{language}\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(subject)}</title></head><body>{body}</body></html>";
    }
}

public static class MailSetup
{
    public static WebApplicationBuilder AddVivierMail(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<MailSettings>(builder.Configuration.GetSection("Mail"));
        builder.Services.AddSingleton<PublicAddress>();
        builder.Services.AddScoped<Mailer>();
        builder.Services.AddSingleton<MailTransport>();
        builder.Services.AddJob<OutboxSender>();
        return builder;
    }

    /// <summary>Stops start-up when links could not be written from configuration (<see cref="PublicAddress"/>).</summary>
    public static void CheckPublicAddress(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (PublicAddress.Problem(app.Configuration[PublicAddress.Setting], app.Environment) is { } problem)
        {
            throw new StartupProblem(problem);
        }
    }
}
