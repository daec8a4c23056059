// The document editor recalculates on the server when a quantity, price, discount or tax rate changes, and
// swaps in only the amounts it shows, so what is being typed stays put. Without script, the Recalculate
// button does the same with a page load.
document.addEventListener('change', async (event) => {
  const form = event.target.closest('form[data-recalculate]');
  if (!form || !event.target.matches('[data-amount]')) {
    return;
  }

  const body = new FormData(form);
  body.set('Action', 'recalculate');
  const response = await fetch(form.action, { method: 'POST', body, credentials: 'same-origin' });
  if (!response.ok) {
    return;
  }

  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  for (const stale of form.querySelectorAll('[data-recalculated]')) {
    const fresh = page.getElementById(stale.id);
    if (fresh) {
      stale.replaceWith(document.importNode(fresh, true));
    }
  }
});
