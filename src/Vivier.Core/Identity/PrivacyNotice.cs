namespace Vivier.Core.Identity;

/// <summary>
/// The wording of the privacy notice people agree to at sign-up. Change the version whenever the
/// notice's text changes: consent is recorded against it.
/// </summary>
public static class PrivacyNotice
{
    public const string Version = "2026-11-27";
}
