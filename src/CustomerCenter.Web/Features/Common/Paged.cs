namespace CustomerCenter.Web.Features.Common;

/// <summary>The shape of every list answer: <c>{ items, page, pageSize, total }</c>.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
}
