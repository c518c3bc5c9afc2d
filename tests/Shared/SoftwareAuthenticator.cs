using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Vivier.Testing;

/// <summary>
/// A WebAuthn authenticator in the test: one ES256 (P-256) key pair per passkey, answers in the JSON a
/// browser sends (PublicKeyCredential.toJSON), with "none" attestation. It signs what a real one signs
/// (authenticator data and the hash of the client data), so the server checks it as it checks a device;
/// the properties let a test forge what a device would never send.
/// </summary>
public sealed class SoftwareAuthenticator : IDisposable
{
    private readonly ECDsa key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public byte[] CredentialId { get; } = RandomNumberGenerator.GetBytes(16);
    /// <summary>The user handle the site gave at creation (its person id), sent back when signing in.</summary>
    public byte[]? UserHandle { get; private set; }
    public uint SignCount { get; set; }
    /// <summary>Whether the counter moves on each use; synced passkeys keep it at zero.</summary>
    public bool Counts { get; set; } = true;
    public string Origin { get; set; } = "http://localhost";
    public string RpId { get; set; } = "localhost";
    /// <summary>Whether the device checked the person (fingerprint, PIN); the site requires it.</summary>
    public bool VerifiesUser { get; set; } = true;

    /// <summary>The answer to navigator.credentials.create() with the site's creation options.</summary>
    public string Create(string optionsJson)
    {
        using var options = JsonDocument.Parse(optionsJson);
        UserHandle = Base64Url.DecodeFromChars(options.RootElement.GetProperty("user").GetProperty("id").GetString());
        var clientData = ClientData("webauthn.create", options.RootElement.GetProperty("challenge").GetString()!);
        var attestation = Cbor.Map(
            (Cbor.Text("fmt"), Cbor.Text("none")), (Cbor.Text("attStmt"), Cbor.Map()), (Cbor.Text("authData"), Cbor.Bytes(AuthenticatorData(attested: true))));
        return JsonSerializer.Serialize(new
        {
            id = Base64Url.EncodeToString(CredentialId),
            rawId = Base64Url.EncodeToString(CredentialId),
            type = "public-key",
            response = new
            {
                clientDataJSON = Base64Url.EncodeToString(clientData),
                attestationObject = Base64Url.EncodeToString(attestation),
                transports = new[] { "internal" },
            },
            authenticatorAttachment = "platform",
            clientExtensionResults = new { },
        });
    }

    /// <summary>The answer to navigator.credentials.get() with the site's request options.</summary>
    public string Get(string optionsJson)
    {
        using var options = JsonDocument.Parse(optionsJson);
        if (Counts)
        {
            SignCount++;
        }
        var clientData = ClientData("webauthn.get", options.RootElement.GetProperty("challenge").GetString()!);
        var authenticatorData = AuthenticatorData(attested: false);
        var signature = key.SignData([.. authenticatorData, .. SHA256.HashData(clientData)], HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        return JsonSerializer.Serialize(new
        {
            id = Base64Url.EncodeToString(CredentialId),
            rawId = Base64Url.EncodeToString(CredentialId),
            type = "public-key",
            response = new
            {
                clientDataJSON = Base64Url.EncodeToString(clientData),
                authenticatorData = Base64Url.EncodeToString(authenticatorData),
                signature = Base64Url.EncodeToString(signature),
                userHandle = UserHandle is null ? null : Base64Url.EncodeToString(UserHandle),
            },
            authenticatorAttachment = "platform",
            clientExtensionResults = new { },
        });
    }

    public void Dispose() => key.Dispose();

    private byte[] ClientData(string type, string challenge) =>
        Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { type, challenge, origin = Origin, crossOrigin = false }));

    /// <summary>rpIdHash, flags (user present, verified, attested data), counter, then the credential when creating (WebAuthn §6.1).</summary>
    private byte[] AuthenticatorData(bool attested)
    {
        var data = new List<byte>(SHA256.HashData(Encoding.UTF8.GetBytes(RpId)));
        data.Add((byte)(0x01 | (VerifiesUser ? 0x04 : 0) | (attested ? 0x40 : 0)));
        var counter = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(counter, SignCount);
        data.AddRange(counter);
        if (attested)
        {
            data.AddRange(new byte[16]); // AAGUID: none
            var length = new byte[2];
            BinaryPrimitives.WriteUInt16BigEndian(length, (ushort)CredentialId.Length);
            data.AddRange(length);
            data.AddRange(CredentialId);
            var point = key.ExportParameters(includePrivateParameters: false).Q;
            // COSE_Key: kty EC2, alg ES256, crv P-256, x, y (RFC 9053).
            data.AddRange(Cbor.Map((Cbor.Int(1), Cbor.Int(2)), (Cbor.Int(3), Cbor.Int(-7)), (Cbor.Int(-1), Cbor.Int(1)),
                (Cbor.Int(-2), Cbor.Bytes(point.X!)), (Cbor.Int(-3), Cbor.Bytes(point.Y!))));
        }
        return [.. data];
    }

    /// <summary>The little of CBOR (RFC 8949) that WebAuthn's structures use, keys in canonical order as given.</summary>
    private static class Cbor
    {
        public static byte[] Int(long value) => value >= 0 ? Head(0, (ulong)value) : Head(1, (ulong)(-1 - value));
        public static byte[] Bytes(byte[] value) => [.. Head(2, (ulong)value.Length), .. value];
        public static byte[] Text(string value) => [.. Head(3, (ulong)Encoding.UTF8.GetByteCount(value)), .. Encoding.UTF8.GetBytes(value)];
        public static byte[] Map(params (byte[] Key, byte[] Value)[] entries) =>
            [.. Head(5, (ulong)entries.Length), .. entries.SelectMany(e => e.Key.Concat(e.Value))];

        private static byte[] Head(int major, ulong value)
        {
            var type = (byte)(major << 5);
            return value switch
            {
                < 24 => [(byte)(type | (byte)value)],
                <= byte.MaxValue => [(byte)(type | 24), (byte)value],
                <= ushort.MaxValue => [(byte)(type | 25), (byte)(value >> 8), (byte)value],
                _ => [(byte)(type | 26), (byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value],
            };
        }
    }
}
