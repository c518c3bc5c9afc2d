using System.Resources;

[assembly: NeutralResourcesLanguage("fr")]

namespace Vivier.Web;

/// <summary>
/// Anchor of the shared strings (kept out of Resources/ so the build names the .resx after the folder, not this class): Resources/SharedResource.resx holds French (the neutral language),
/// SharedResource.en.resx English. A test keeps the two files' keys identical.
/// </summary>
public sealed class SharedResource;
