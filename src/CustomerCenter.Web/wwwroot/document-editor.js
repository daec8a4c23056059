// The document editor recalculates on the server when a quantity, price, discount or tax rate changes, and
// swaps in only the amounts it shows, so what is being typed stays put. Without script, the Recalculate
// button does the same with a page load.
let latest = 0;

document.addEventListener('change', async (event) => {
  const form = event.target.closest('form[data-recalculate]');
  if (!form || !event.target.matches('[data-amount]')) {
    return;
  }

  const request = ++latest;
  const body = new FormData(form);
  body.set('Action', 'recalculate');
  let html;
  try {
    const response = await fetch(form.action, { method: 'POST', body, credentials: 'same-origin' });
    html = response.ok ? await response.text() : null;
  } catch {
    // Leaving the page (or a dropped connection) cancels the request; the Recalculate button still works.
    return;
  }

  // Only the answer to the last change counts: an earlier one arriving late would show stale totals.
  if (!html || request !== latest) {
    return;
  }

  const page = new DOMParser().parseFromString(html, 'text/html');
  for (const stale of form.querySelectorAll('[data-recalculated]')) {
    const fresh = page.getElementById(stale.id);
    if (fresh) {
      stale.replaceWith(document.importNode(fresh, true));
    }
  }
});
