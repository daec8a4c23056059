using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace CustomerCenter.Bench.Load;

/// <summary>
/// A throwaway self-signed certificate for 127.0.0.1. The app outside Development marks its cookies
/// Secure and refuses antiforgery on plain HTTP, so the pages can only be measured over HTTPS.
/// </summary>
internal static class LocalCertificate
{
    public static int Write(string path)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=customer-center-bench", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx));
        Console.WriteLine($"Wrote {path} (thumbprint {certificate.Thumbprint}).");
        return 0;
    }

    /// <summary>Accepts exactly the certificate in <paramref name="path"/>, nothing else.</summary>
    public static Func<X509Certificate2?, bool> Pinned(string path)
    {
        using var expected = X509CertificateLoader.LoadPkcs12FromFile(path, password: null);
        var thumbprint = expected.GetCertHashString(HashAlgorithmName.SHA256);
        return presented => presented is not null
            && string.Equals(presented.GetCertHashString(HashAlgorithmName.SHA256), thumbprint, StringComparison.OrdinalIgnoreCase);
    }
}
