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

// "Copy the link" buttons: shown only where the clipboard can be written; the result is said in a status line.
document.addEventListener("DOMContentLoaded", () => {
  if (!navigator.clipboard) return;
  for (const button of document.querySelectorAll("[data-copy]")) {
    const source = document.querySelector(button.dataset.copy);
    const status = button.closest("section")?.querySelector("[data-copy-status]");
    if (!source) continue;
    button.classList.remove("d-none");
    button.addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(source.value);
        if (status) status.textContent = button.dataset.copied;
      } catch {
        source.select();
      }
    });
  }
});

// The profile's sector picker: typing a code or a word (accents and case ignored) shows the matching
// codes and opens their categories; cleared, the categories fold back, those with a choice open.
document.addEventListener("DOMContentLoaded", () => {
  const box = document.querySelector("[data-sector-search]");
  if (!box) return;
  const input = box.querySelector("input");
  const status = box.querySelector("[role=status]");
  const fold = text => text.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();
  const categories = [...document.querySelectorAll("#sector-list details")].map(details => ({
    details,
    rows: [...details.querySelectorAll(".form-check")].map(row => ({ row, text: fold(row.textContent), box: row.querySelector("input") })),
  }));
  box.classList.remove("d-none");
  let timer;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const words = fold(input.value).split(/\s+/).filter(Boolean);
      let shown = 0;
      for (const { details, rows } of categories) {
        let any = false;
        for (const { row, text } of rows) {
          const match = words.every(w => text.includes(w));
          row.hidden = !match;
          any ||= match;
          if (match) shown++;
        }
        details.hidden = words.length > 0 && !any;
        details.open = words.length > 0 ? any : rows.some(r => r.box.checked);
      }
      status.textContent = words.length > 0 && shown === 0 ? status.dataset.none : "";
    }, 150);
  });
});

// Live preview of Markdown fields: the server renders (and sanitises) what is typed, a moment after typing stops.
document.addEventListener("DOMContentLoaded", () => {
  for (const area of document.querySelectorAll("textarea[data-preview]")) {
    const target = document.getElementById(area.dataset.preview);
    const token = area.form?.querySelector("input[name=__RequestVerificationToken]")?.value;
    if (!target || !token) continue;
    let timer;
    area.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const body = new URLSearchParams({ markdown: area.value, __RequestVerificationToken: token });
        const url = new URL(window.location.href);
        url.searchParams.set("handler", "Preview");
        const response = await fetch(url, { method: "POST", body, credentials: "same-origin" });
        if (response.ok) target.innerHTML = await response.text();
      }, 400);
    });
  }
});

// The pipeline's side panel: an application opens beside the board instead of replacing it.
// Without JavaScript (or with a modifier key) the link opens the application's own page.
document.addEventListener("DOMContentLoaded", () => {
  const panel = document.getElementById("side-panel");
  if (!panel || !window.bootstrap) return;
  const body = document.getElementById("side-panel-body");
  const title = document.getElementById("side-panel-title");
  const offcanvas = bootstrap.Offcanvas.getOrCreateInstance(panel);
  // Closing the panel gives focus back to the link that opened it, not to the top of the page.
  let opener = null;
  panel.addEventListener("hidden.bs.offcanvas", () => opener?.focus());
  document.addEventListener("click", async (event) => {
    const link = event.target.closest("a[data-panel]");
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    const url = new URL(link.href);
    url.searchParams.set("panel", "true");
    url.searchParams.set("back", window.location.pathname + window.location.search);
    const response = await fetch(url, { credentials: "same-origin" });
    if (!response.ok) {
      window.location.href = link.href;
      return;
    }
    body.innerHTML = await response.text();
    title.textContent = link.textContent;
    opener = link;
    offcanvas.show();
  });
});

// Keyboard shortcuts of links marked data-shortcut (a KeyboardEvent.code): with Alt and Shift held,
// never a single key (WCAG 2.1.4), and not while typing, where the combination may type a character.
document.addEventListener("keydown", (event) => {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
  if (event.target.closest?.("input, textarea, select, [contenteditable]")) return;
  const link = document.querySelector(`a[data-shortcut="${event.code}"]`);
  if (!link) return;
  event.preventDefault();
  link.click();
});

// The check-in desk's attendance counts follow the other desks' scans: read again every 10 seconds.
document.addEventListener("DOMContentLoaded", () => {
  const section = document.querySelector("[data-attendance]");
  if (!section) return;
  setInterval(async () => {
    const response = await fetch(section.dataset.attendance, { headers: { Accept: "application/json" } });
    if (!response.ok) return;
    const attendance = await response.json();
    const counts = new Map(attendance.sessions.map(s => [s.sessionId, s.checkedIn]));
    for (const cell of section.querySelectorAll("[data-count]")) {
      const count = counts.get(cell.dataset.count);
      cell.textContent = count ?? attendance.atDesk;
    }
  }, 10000);
});

// Passkeys (WebAuthn): a form marked data-passkey="create" or "get" asks the server for the
// ceremony's options (data-options, a POST with the form's anti-forgery token), hands them to the
// browser, which asks the person's device, and sends the answer with the form. Without WebAuthn's
// JSON helpers the button stays hidden (and, where the page says so, a message tells why).
document.addEventListener("DOMContentLoaded", () => {
  const able = window.PublicKeyCredential && typeof PublicKeyCredential.parseCreationOptionsFromJSON === "function"
    && typeof PublicKeyCredential.parseRequestOptionsFromJSON === "function";
  for (const form of document.querySelectorAll("form[data-passkey]")) {
    if (!able) {
      form.querySelector("[data-passkey-unsupported]")?.classList.remove("d-none");
      continue;
    }
    const controls = form.querySelector("[data-passkey-controls]");
    const status = form.querySelector("[data-passkey-status]");
    const token = form.querySelector("input[name=__RequestVerificationToken]")?.value;
    if (!controls || !token) continue;
    controls.classList.remove("d-none");
    const button = controls.querySelector("[data-passkey-start]");
    button.addEventListener("click", async () => {
      status.textContent = "";
      button.disabled = true;
      try {
        const response = await fetch(form.dataset.options, {
          method: "POST", credentials: "same-origin", body: new URLSearchParams({ __RequestVerificationToken: token }),
        });
        if (!response.ok) throw new Error(form.dataset.failed);
        const options = await response.json();
        const credential = form.dataset.passkey === "create"
          ? await navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options) })
          : await navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options) });
        form.querySelector("[data-passkey-credential]").value = JSON.stringify(credential);
        form.submit();
      } catch (error) {
        // The person closed the device's prompt, or it timed out: nothing was sent.
        status.textContent = error?.name === "NotAllowedError" || error?.name === "AbortError" ? form.dataset.cancelled : form.dataset.failed;
        button.disabled = false;
      }
    });
  }
});

// The timeout warning (GOV.UK pattern, RGAA 13.1): two minutes before the session would end for lack
// of activity, a modal dialog says when and offers to continue; continuing (or Escape) issues the
// session again, and at the end the page goes to the sign-in, which brings the person back here.
document.addEventListener("DOMContentLoaded", () => {
  const dialog = document.getElementById("session-timeout");
  if (!dialog || typeof dialog.showModal !== "function") return;
  const warn = Number(dialog.dataset.warn) * 1000;
  const countdown = dialog.querySelector("[data-session-countdown]");
  const form = dialog.querySelector("form[data-session-extend]");
  let endsAt = Date.now() + Number(dialog.dataset.left) * 1000;
  let timer = null;
  let ticker = null;
  const tell = () => {
    const left = endsAt - Date.now();
    const minutes = Math.ceil(left / 60000);
    countdown.textContent = left < 60000 ? dialog.dataset.lessThanMinute
      : minutes === 1 ? dialog.dataset.oneMinute : dialog.dataset.minutes.replace("{0}", minutes);
    return left;
  };
  const end = () => {
    window.location.href = "/connexion?ReturnUrl=" + encodeURIComponent(window.location.pathname + window.location.search);
  };
  const open = () => {
    tell();
    dialog.showModal();
    ticker = setInterval(() => { if (tell() <= 0) { clearInterval(ticker); end(); } }, 1000);
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(open, Math.max(0, endsAt - warn - Date.now()));
  };
  const extend = async () => {
    clearInterval(ticker);
    const response = await fetch(form.action, { method: "POST", credentials: "same-origin", headers: { Accept: "application/json" }, body: new FormData(form) });
    if (!response.ok) { end(); return; }
    endsAt = Date.now() + (await response.json()).left * 1000;
    dialog.close();
    schedule();
  };
  form.addEventListener("submit", (event) => { event.preventDefault(); extend(); });
  dialog.addEventListener("cancel", (event) => { event.preventDefault(); extend(); });
  schedule();
});
