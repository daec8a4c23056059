namespace CustomerCenter.BrowserTests.Infrastructure;

/// <summary>Tests in this collection share one <see cref="BrowserFixture"/> (one app, one Chromium).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
