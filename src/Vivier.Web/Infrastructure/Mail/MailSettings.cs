namespace Vivier.Web.Infrastructure.Mail;

/// <summary>
/// Mail: configuration. With Mail:Smtp:Host set, mails go over SMTP; without it (as in
/// Development), each is written as an .eml file to Mail:PickupDirectory so a person trying Vivier
/// can open the links it carries.
/// </summary>
public sealed class MailSettings
{
    public SmtpSettings Smtp { get; set; } = new();
    public string From { get; set; } = "Vivier <no-reply@vivier.invalid>";
    /// <summary>Relative to the data folder (Vivier:DataDirectory); default "mail".</summary>
    public string PickupDirectory { get; set; } = "mail";
    /// <summary>The address every absolute link starts with (<see cref="PublicAddress"/>); required outside Development.</summary>
    public string? PublicUrl { get; set; }
}

public sealed class SmtpSettings
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public string? User { get; set; }
    public string? Password { get; set; }
    public bool UseTls { get; set; } = true;
}
