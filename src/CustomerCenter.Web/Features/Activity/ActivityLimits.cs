namespace CustomerCenter.Web.Features.Activity;

/// <summary>Lengths and sizes shared by the columns, the forms and the API checks.</summary>
public static class ActivityLimits
{
    public const int Subject = 200;
    public const int Text = 4000;
    public const int Summary = 300;
    public const int Detail = 2000;
    public const int Actor = 200;
    public const int FileName = 200;

    /// <summary>10 MB: the upload endpoints' request limit is raised just past it for the multipart framing.</summary>
    public const long MaxFileBytes = 10 * 1024 * 1024;
}
