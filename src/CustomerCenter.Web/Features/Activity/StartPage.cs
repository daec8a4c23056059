namespace CustomerCenter.Web.Features.Activity;

/// <summary>Everything the workspace start page shows, loaded in one go (one query at a time on the request's context).</summary>
public sealed record StartPage(
    IReadOnlyList<FollowUp> FollowUps,
    IReadOnlyList<MonthFigure> ThisMonth,
    IReadOnlyList<TaskDto> MyTasks,
    int MyOpenTasks,
    IReadOnlyList<TaskDto> OverdueTasks,
    int OverdueTaskCount,
    IReadOnlyList<CommentDto> Mentions);

/// <summary>A follow-up list: how many, what they add up to per currency (if money), and the filtered list it opens.</summary>
public sealed record FollowUp(string Label, int Count, IReadOnlyList<CurrencyTotal> Amounts, string Link, bool Alert);

/// <summary>A figure of the current month: a count, or amounts per currency.</summary>
public sealed record MonthFigure(string Label, int Count, IReadOnlyList<CurrencyTotal> Amounts, string Link);

public sealed record CurrencyTotal(long Minor, string Currency);
