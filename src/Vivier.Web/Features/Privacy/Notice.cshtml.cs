namespace Vivier.Web.Features.Privacy;

/// <summary>The privacy notice (GDPR article 13) that sign-up shows and records consent to.</summary>
[AllowAnonymous]
public sealed class NoticeModel : PageModel
{
    public void OnGet()
    {
    }
}
