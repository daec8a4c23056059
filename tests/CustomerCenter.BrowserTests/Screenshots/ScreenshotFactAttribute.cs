namespace CustomerCenter.BrowserTests.Screenshots;

/// <summary>
/// A test that runs only when CC_SCREENSHOTS=1: taking screenshots is a tool for people reviewing the UI,
/// not a check, so the normal run (and CI) skips it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ScreenshotFactAttribute : FactAttribute
{
    public ScreenshotFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("CC_SCREENSHOTS") != "1")
        {
            Skip = "Takes screenshots for a UI review: run with CC_SCREENSHOTS=1.";
        }
    }
}
