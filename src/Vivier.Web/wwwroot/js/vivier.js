// Moves focus to the error summary when a form comes back with errors (GOV.UK pattern), so that
// screen reader users hear what to fix first.
document.addEventListener("DOMContentLoaded", () => {
  const summary = document.querySelector("[data-focus-on-load]");
  if (summary) {
    summary.focus();
  }
});

// "Print the job description" buttons: shown only where JavaScript runs, since they need it.
document.addEventListener("DOMContentLoaded", () => {
  for (const button of document.querySelectorAll("[data-print]")) {
    button.classList.remove("d-none");
    button.addEventListener("click", () => window.print());
  }
});
