namespace Vivier.Web.Infrastructure;

/// <summary>
/// A configuration that cannot work. Program.cs prints its message as one line naming the setting
/// and exits non-zero: an operator needs the setting to fix, not a stack trace.
/// </summary>
public sealed class StartupProblem(string message, Exception? inner = null) : Exception(message, inner);
