namespace Vivier.Core.Deployments;

/// <summary>
/// What a deployed expert chose to show in the experts' directory: nothing until they opt in; then
/// their name, post, country and themes, and only the contact details they tick. Some work in
/// fragile countries: it is never public, and a plain candidate never sees it.
/// </summary>
public sealed class DirectoryListing
{
    public const int MaxHeadline = 200;

    public required Guid PersonId { get; init; }
    public bool Listed { get; set; }
    /// <summary>A line about their work, as they wrote it.</summary>
    public string? Headline { get; set; }
    public bool ShareEmail { get; set; }
    public bool SharePhone { get; set; }
    public required DateTime UpdatedAt { get; set; }
}
