using Microsoft.AspNetCore.Components;

namespace CustomerCenter.Web.Features.Portal;

/// <summary>
/// The base of every signed-in portal page: loads the portal context from the slug and the portal session,
/// and answers 404 when there is no such center, nobody is signed in to it, or the page isn't offered to this
/// user (panel turned off for their role) — the same answer as for another customer's id. Pages take the
/// customer only from <see cref="Portal"/>, never from the URL or a form.
/// </summary>
public abstract class PortalPage : ComponentBase
{
    [Parameter]
    public string Slug { get; set; } = "";

    [CascadingParameter]
    protected HttpContext HttpContext { get; set; } = default!;

    [Inject]
    protected PortalContextAccessor Accessor { get; set; } = default!;

    [Inject]
    protected NavigationManager Navigation { get; set; } = default!;

    /// <summary>Null until loaded (the first render on PostgreSQL happens before that) and on a 404.</summary>
    protected PortalContext? Portal { get; private set; }

    protected PortalPermissions Can => Portal?.Permissions ?? throw new InvalidOperationException("The portal context is not loaded.");

    protected long CustomerId => Portal?.CustomerId ?? throw new InvalidOperationException("The portal context is not loaded.");

    protected string Root => Portal?.Root ?? $"/cc/{Slug}";

    protected CancellationToken Aborted => HttpContext.RequestAborted;

    /// <summary>The preference owner for column choices: one per portal login.</summary>
    protected string PreferenceUser => $"portal:{Portal?.User?.Id}";

    /// <summary>Whether this page exists for the signed-in user's role in this center.</summary>
    protected abstract bool IsOffered(PortalPermissions can);

    /// <summary>Loads the page's data once the context is known and the page is offered.</summary>
    protected abstract Task LoadAsync();

    /// <summary>Runs before anything is awaited: set up form models here, so the first render finds them.</summary>
    protected virtual void Prepare()
    {
    }

    protected sealed override async Task OnInitializedAsync()
    {
        Prepare();
        var context = await Accessor.GetAsync(Slug, Aborted);
        if (context?.User is null || !IsOffered(context.Permissions!))
        {
            NotFound();
            return;
        }

        Portal = context;
        await LoadAsync();
    }

    /// <summary>404 for a missing or foreign record, after the context loaded; the page shows nothing of it.</summary>
    protected void NotFound()
    {
        Portal = null;
        // Setting the status here too makes a post to a foreign id answer 404 before any form handler is looked
        // for; otherwise the missing form would answer 400 ("no form has that name").
        HttpContext.Response.StatusCode = StatusCodes.Status404NotFound;
        Navigation.NotFound();
    }
}
