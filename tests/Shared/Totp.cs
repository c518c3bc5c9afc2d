using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Vivier.Testing;

/// <summary>
/// What an authenticator app computes (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), written
/// independently of Identity so the tests check Identity's codes rather than reuse them.
/// </summary>
public static class Totp
{
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5350", Justification = "RFC 6238 authenticator codes are HMAC-SHA1 by definition.")]
    public static string Code(string base32Key, DateTimeOffset at)
    {
        using var hmac = new HMACSHA1(FromBase32(base32Key));
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, at.ToUnixTimeSeconds() / 30);
        var hash = hmac.ComputeHash(counter.ToArray());
        var offset = hash[^1] & 0x0F;
        var value = (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7FFFFFFF) % 1_000_000;
        return value.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> LastStepUsed = new();

    /// <summary>
    /// A code Vivier has not seen yet, as a person waiting for the app's next code gets one: the
    /// code for now (Vivier reads the real clock), or for the next step when this one was used
    /// (Vivier accepts a step of drift), or, past that, the next step once it comes.
    /// </summary>
    public static string Now(string base32Key)
    {
        while (true)
        {
            var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;
            var last = LastStepUsed.GetOrAdd(base32Key, long.MinValue);
            var step = Math.Max(now, last + 1);
            if (step <= now + 1 && LastStepUsed.TryUpdate(base32Key, step, last))
            {
                return Code(base32Key, DateTimeOffset.FromUnixTimeSeconds(step * 30));
            }
            if (step > now + 1)
            {
                Thread.Sleep(TimeSpan.FromSeconds((now + 1) * 30 - DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 1));
            }
        }
    }

    private static byte[] FromBase32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = 0;
        var buffer = 0;
        var bytes = new List<byte>();
        foreach (var c in text.ToUpperInvariant().TrimEnd('='))
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }
        return [.. bytes];
    }
}
