using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vivier.Core.Mail;
using Vivier.Testing;
using Vivier.Web.Infrastructure.Mail;

namespace Vivier.Tests.SharedServices;

/// <summary>Vivier sending its mail to a real SMTP server on loopback.</summary>
public sealed class SmtpVivierApp : VivierApp
{
    public SmtpListener Smtp { get; } = new();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Mail:Smtp:Host"] = "127.0.0.1",
        ["Mail:Smtp:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mail:Smtp:UseTls"] = "false",
        ["Mail:From"] = "Vivier <programme@vivier.test>",
    };

    public Task<int?> SendOutboxAsync(VivierApp? instance = null) =>
        (instance ?? this).Services.GetRequiredService<OutboxSender>().RunAsync(TestContext.Current.CancellationToken);

    public async Task<string> RegisterAsync()
    {
        var email = $"mail-{Guid.NewGuid():N}@exemple.fr";
        using var client = NewClient();
        using var response = await client.PostAsJsonAsync("/api/v1/auth/register",
            new { givenName = "Léa", familyName = "Courrier", email, password = People.Password, acceptPrivacyNotice = true },
            TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return email;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}

public sealed class OutboxTests(SmtpVivierApp app) : VivierTest(app), IClassFixture<SmtpVivierApp>
{
    private SmtpVivierApp Mail => (SmtpVivierApp)App;

    [Fact]
    public async Task A_mail_goes_out_over_SMTP_with_the_Message_ID_of_its_outbox_row()
    {
        Mail.Smtp.Failing = false;
        var email = await Mail.RegisterAsync();

        await Mail.SendOutboxAsync();

        var row = Assert.Single(await App.MailsToAsync(email));
        Assert.NotNull(row.SentAt);
        var received = Assert.Single(Mail.Smtp.Received, m => m.To.Mailboxes.Any(a => a.Address == email));
        Assert.Equal(row.MessageId, received.MessageId);
        Assert.Equal("Confirmez votre adresse électronique", received.Subject);
        Assert.Contains("/compte/confirmer?personne=", received.TextBody, StringComparison.Ordinal);
        Assert.Equal("programme@vivier.test", received.From.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task A_mail_survives_a_server_that_refuses_it_and_goes_out_once_the_server_is_back()
    {
        var email = await Mail.RegisterAsync();
        Mail.Smtp.Failing = true;

        await Mail.SendOutboxAsync();
        var failed = Assert.Single(await App.MailsToAsync(email));
        Assert.Null(failed.SentAt);
        Assert.Equal(1, failed.Attempts);
        Assert.NotNull(failed.LastError);
        Assert.Equal(App.Clock.GetUtcNow().UtcDateTime.AddSeconds(30), failed.NextAttemptAt);

        Mail.Smtp.Failing = false;
        await Mail.SendOutboxAsync();
        Assert.Null(Assert.Single(await App.MailsToAsync(email)).SentAt);

        App.Clock.Advance(TimeSpan.FromSeconds(31));
        await Mail.SendOutboxAsync();
        var sent = Assert.Single(await App.MailsToAsync(email));
        Assert.NotNull(sent.SentAt);
        Assert.Single(Mail.Smtp.Received, m => m.MessageId == sent.MessageId);
    }

    [Fact]
    public async Task Retries_wait_longer_after_each_failure_up_to_an_hour()
    {
        var mail = new OutboxMail { To = "x@y.z", Subject = "s", TextBody = "t", HtmlBody = "h", CreatedAt = DateTime.UnixEpoch };
        var now = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        var waits = Enumerable.Range(0, 10).Select(_ =>
        {
            mail.Failed("down", now);
            return (mail.NextAttemptAt - now).TotalSeconds;
        }).ToList();

        Assert.Equal([30, 60, 120, 240, 480, 960, 1920, 3600, 3600, 3600], waits);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Two_instances_sending_at_once_deliver_each_mail_exactly_once()
    {
        Mail.Smtp.Failing = false;
        Mail.Smtp.Delay = TimeSpan.FromMilliseconds(20);
        var emails = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            emails.Add(await Mail.RegisterAsync());
        }
        await using var other = await App.AnotherInstanceAsync();

        await Task.WhenAll(Enumerable.Range(0, 3).SelectMany(_ => new[] { Mail.SendOutboxAsync(), Mail.SendOutboxAsync(other) }));
        Mail.Smtp.Delay = TimeSpan.Zero;
        await Mail.SendOutboxAsync();

        foreach (var email in emails)
        {
            Assert.Single(Mail.Smtp.Received, m => m.To.Mailboxes.Any(a => a.Address == email));
        }
        await using var db = App.NewDb();
        Assert.Equal(0, await db.OutboxMails.CountAsync(m => emails.Contains(m.To) && m.SentAt == null, TestContext.Current.CancellationToken));
    }
}

public sealed class PickupFolderTests(VivierApp app) : VivierTest(app), IClassFixture<VivierApp>
{
    [Fact]
    public async Task Without_an_SMTP_host_each_mail_is_written_as_an_eml_file_with_its_link()
    {
        var email = $"pickup-{Guid.NewGuid():N}@exemple.fr";
        using var client = App.NewClient();
        using (await client.PostAsJsonAsync("/api/v1/auth/register",
                   new { givenName = "Paul", familyName = "Dépôt", email, password = People.Password, acceptPrivacyNotice = true },
                   TestContext.Current.CancellationToken))
        {
        }

        await App.Services.GetRequiredService<OutboxSender>().RunAsync(TestContext.Current.CancellationToken);

        var row = Assert.Single(await App.MailsToAsync(email));
        var file = Path.Combine(App.DataDirectory, "mail", $"{row.Id:N}.eml");
        var message = await MimeKit.MimeMessage.LoadAsync(file, TestContext.Current.CancellationToken);
        Assert.Equal(row.MessageId, message.MessageId);
        Assert.Contains(People.LinkIn(row), message.TextBody, StringComparison.Ordinal);
    }
}

/// <summary>The background sender, on its own timer, with a poll interval of five seconds.</summary>
public sealed class PollingVivierApp : VivierApp
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Mail:PollInterval"] = "00:00:05" };
}

public sealed class BackgroundMailTests(PollingVivierApp app) : VivierTest(app), IClassFixture<PollingVivierApp>
{
    [Fact]
    public async Task The_sender_delivers_due_mail_at_each_poll_interval()
    {
        var email = $"polled-{Guid.NewGuid():N}@exemple.fr";
        using var client = App.NewClient();
        using (await client.PostAsJsonAsync("/api/v1/auth/register",
                   new { givenName = "Tic", familyName = "Tac", email, password = People.Password, acceptPrivacyNotice = true },
                   TestContext.Current.CancellationToken))
        {
        }
        Assert.Null(Assert.Single(await App.MailsToAsync(email)).SentAt);

        App.Clock.Advance(TimeSpan.FromSeconds(5));
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while ((await App.MailsToAsync(email)).Single().SentAt is null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        Assert.NotNull(Assert.Single(await App.MailsToAsync(email)).SentAt);
    }
}
