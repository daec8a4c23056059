namespace CustomerCenter.Web.Features.Activity;

public sealed class CommentInput
{
    /// <summary>Plain text; "@handle" mentions a colleague (the part of their email before the @).</summary>
    public string? Text { get; set; }
}
