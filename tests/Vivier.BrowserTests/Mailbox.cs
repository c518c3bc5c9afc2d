using System.Text.RegularExpressions;
using Vivier.Testing;

namespace Vivier.BrowserTests;

/// <summary>The mails as delivered to the pickup folder, read as a person reads their inbox.</summary>
public static partial class Mailbox
{
    [GeneratedRegex(@"https?://\S*/compte/confirmer\S*")]
    private static partial Regex ConfirmationLink();

    /// <summary>The link of the address confirmation mail sent to <paramref name="email"/>.</summary>
    public static async Task<string> ConfirmationLinkAsync(VivierApp app, string email)
    {
        var folder = Path.Combine(app.DataDirectory, "mail");
        foreach (var file in Directory.EnumerateFiles(folder, "*.eml"))
        {
            var message = await MimeKit.MimeMessage.LoadAsync(file, TestContext.Current.CancellationToken);
            if (message.To.Mailboxes.Any(m => m.Address == email) && ConfirmationLink().Match(message.TextBody ?? "") is { Success: true } match)
            {
                return match.Value;
            }
        }
        throw new InvalidOperationException($"No confirmation mail for {email} in {folder}.");
    }
}
