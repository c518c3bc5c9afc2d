namespace Vivier.Web.Features.Events.Letters;

/// <summary>/evenements/{id}/attestation: after the event, the attendance certificate of a participant who was checked in.</summary>
[Authorize]
public sealed class CertificateModel(EventReads events, ParticipantLetters desk) : PageModel
{
    public EventView Event { get; private set; } = null!;
    public AttendanceCertificate? Certificate { get; private set; }
    public string? Why { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await events.EventAsync(id, cancellationToken) is not { } e)
        {
            return NotFound();
        }
        Event = e;
        (Certificate, Why) = await desk.CertificateAsync(id, User.PersonId(), Locale.Current, cancellationToken);
        return Page();
    }
}
