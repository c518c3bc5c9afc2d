using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using Vivier.Core.Mail;

namespace Vivier.Web.Infrastructure.Mail;

/// <summary>Delivers one outbox mail: over SMTP when a host is configured, else into the pickup folder.</summary>
public sealed class MailTransport(IOptions<MailSettings> options, IHostEnvironment environment, IConfiguration configuration)
{
    private readonly MailSettings settings = options.Value;

    public string PickupFolder => Path.GetFullPath(Path.Combine(
        environment.ContentRootPath, configuration["Vivier:DataDirectory"] is { Length: > 0 } data ? data : "App_Data", settings.PickupDirectory));

    public async Task SendAsync(OutboxMail mail, CancellationToken cancellationToken)
    {
        var message = Compose(mail);
        if (string.IsNullOrWhiteSpace(settings.Smtp.Host))
        {
            Directory.CreateDirectory(PickupFolder);
            // Named after the mail, so a second delivery overwrites the first rather than adding a copy.
            await message.WriteToAsync(Path.Combine(PickupFolder, $"{mail.Id:N}.eml"), cancellationToken);
            return;
        }
        using var client = new SmtpClient { Timeout = 30_000 };
        var security = settings.Smtp.UseTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None;
        await client.ConnectAsync(settings.Smtp.Host, settings.Smtp.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.Smtp.User))
        {
            await client.AuthenticateAsync(settings.Smtp.User, settings.Smtp.Password ?? "", cancellationToken);
        }
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    private MimeMessage Compose(OutboxMail mail)
    {
        var message = new MimeMessage { Subject = mail.Subject, MessageId = mail.MessageId, Date = new DateTimeOffset(mail.CreatedAt) };
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody }.ToMessageBody();
        return message;
    }
}
