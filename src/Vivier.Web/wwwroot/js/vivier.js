// Moves focus to the error summary when a form comes back with errors (GOV.UK pattern), so that
// screen reader users hear what to fix first.
document.addEventListener("DOMContentLoaded", () => {
  const summary = document.querySelector("[data-focus-on-load]");
  if (summary) {
    summary.focus();
  }
});
