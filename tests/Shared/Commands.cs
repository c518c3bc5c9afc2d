using System.Diagnostics;
using System.Globalization;

namespace Vivier.Testing;

/// <summary>Runs the installed programs the test infrastructure needs (PostgreSQL's initdb, pg_ctl).</summary>
internal static class Commands
{
    public static bool IsRoot => Environment.UserName == "root";

    /// <summary>Runs a program, as the postgres user when we are root (PostgreSQL refuses to run as root).</summary>
    public static async Task<string> RunAsync(string program, IEnumerable<string> arguments, bool asPostgres, TimeSpan timeout)
    {
        var start = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (asPostgres && IsRoot)
        {
            start.FileName = "runuser";
            foreach (var a in new[] { "-u", "postgres", "--", program })
            {
                start.ArgumentList.Add(a);
            }
        }
        else
        {
            start.FileName = program;
        }
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Cannot start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        var (printed, complaint) = (await output, await error);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"{Path.GetFileName(program)} exited with {process.ExitCode}: {complaint} {printed}"));
        }
        return printed;
    }
}
