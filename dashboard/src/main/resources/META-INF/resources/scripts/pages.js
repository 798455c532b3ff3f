// Sends the reader's choices through Vaadin's router, as a link in the page would, so the page is
// redrawn in place rather than reloaded. Without this script the form still works, by reloading.
document.addEventListener('submit', (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || !form.classList.contains('selection')) {
    return;
  }
  event.preventDefault();
  const link = document.createElement('a');
  link.href = form.getAttribute('action') + '?' + new URLSearchParams(new FormData(form)).toString();
  link.setAttribute('router-link', '');
  link.hidden = true;
  form.append(link);
  link.click();
  link.remove();
});

// The skip link moves the focus to the page's content. Followed as a link, an address that orders
// its choices differently from the page's own would reload the page and put the focus back on top.
document.addEventListener('click', (event) => {
  const skip = event.target instanceof Element && event.target.closest('a.skip-link');
  const main = skip && document.getElementById('main-content');
  if (!main) {
    return;
  }
  event.preventDefault();
  main.focus();
  main.scrollIntoView();
});
