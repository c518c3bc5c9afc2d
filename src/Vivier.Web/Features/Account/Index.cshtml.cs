namespace Vivier.Web.Features.Account;

/// <summary>Who I am for Vivier, and my account's security.</summary>
[Authorize]
public sealed class IndexModel(UserManager<Person> users, SignInManager<Person> signIn, Sessions sessions, AuditTrail audit) : PageModel
{
    public Person Person { get; private set; } = null!;
    public IList<string> Roles { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Message { get; set; }

    public IReadOnlyList<AccountSession> OpenSessions { get; private set; } = [];
    public int PasskeyCount { get; private set; }

    /// <summary>The session this page is read in.</summary>
    public Guid? CurrentSession => Sessions.IdOf(User);

    public async Task OnGetAsync()
    {
        var id = User.PersonId();
        Person = await users.Users.Include(p => p.Organisation).SingleAsync(p => p.Id == id);
        Roles = await users.GetRolesAsync(Person);
        OpenSessions = await sessions.OpenSessionsAsync(id);
        PasskeyCount = (await users.GetPasskeysAsync(Person)).Count;
        Message = Message is "Account.PasswordChanged" or "Account.TwoFactorEnabled" or "Account.Sessions.Ended" ? Message : null;
    }

    /// <summary>Ends one of one's own sessions (another person's id changes nothing); ending this one signs out.</summary>
    public async Task<IActionResult> OnPostEndSessionAsync(Guid session)
    {
        var me = User.PersonId();
        await sessions.EndAsync(me, session, "ended-by-owner");
        if (session == CurrentSession)
        {
            await signIn.SignOutAsync();
            return LocalRedirect("/connexion");
        }
        return RedirectToPage(new { Message = "Account.Sessions.Ended" });
    }

    /// <summary>A new security stamp: every cookie and token issued before, here or elsewhere, stops working.</summary>
    public async Task<IActionResult> OnPostSignOutEverywhereAsync()
    {
        var person = await users.GetUserAsync(User);
        if (person is not null)
        {
            await users.UpdateSecurityStampAsync(person);
            await sessions.EndAllAsync(person.Id, "signed-out-everywhere");
            await audit.RecordNowAsync(AuditActions.SignedOutEverywhere);
        }
        await signIn.SignOutAsync();
        return LocalRedirect("/connexion");
    }
}
