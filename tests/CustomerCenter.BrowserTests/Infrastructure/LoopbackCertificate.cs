using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace CustomerCenter.BrowserTests.Infrastructure;

/// <summary>
/// A throwaway self-signed certificate for https://127.0.0.1. The app outside Development marks its cookies
/// (sign-in, antiforgery) Secure and refuses to issue them over plain HTTP, so the browser must use HTTPS to
/// see what production sees; the browser context is told to accept this certificate.
/// </summary>
public static class LoopbackCertificate
{
    public static X509Certificate2 Create()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1", "Server Authentication")], critical: false));
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(7));
        // A round trip through PKCS#12 gives a key that TLS can use on every OS (ephemeral keys fail on Windows).
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), password: null);
    }
}
