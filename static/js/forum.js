// Kennisforum works without JavaScript; this file only adds conveniences.
"use strict";

// Preview without reloading the page: the button still submits the form when
// this script does not run, and the server then renders the same preview.
document.addEventListener("click", async (event) => {
  const button = event.target.closest("[data-preview-button]");
  if (!button) return;
  const form = button.form;
  const editor = form && form.querySelector("[data-preview-url]");
  if (!editor) return;
  event.preventDefault();
  const body = new FormData();
  body.append("body", form.elements.body.value);
  const token = form.elements.csrf_token;
  const headers = token ? { "X-CSRFToken": token.value } : {};
  const box = editor.querySelector("[data-preview]");
  const target = editor.querySelector("[data-preview-body]");
  try {
    const response = await fetch(editor.dataset.previewUrl, { method: "POST", body, headers, credentials: "same-origin" });
    // 200 is the preview and 422 the renderer's refusal, both fragments made for this box;
    // anything else (a 429 after many previews, a 400) is a whole page and must not land
    // inside the form, where its buttons would post the draft.
    if (response.redirected) {
      // Sent to the login page: the session ended (logged out elsewhere, or expired).
      // Posting this form would fail too (its token belonged to the ended session), as drafts.js says.
      target.textContent = "U bent niet meer ingelogd. Kopieer uw tekst voordat u opnieuw inlogt.";
    } else if (response.status === 200 || response.status === 422) {
      target.innerHTML = await response.text();  // server-sanitized HTML
    } else if (response.status === 400) {
      // The form's token was refused: the session ended or is too old, and posting would fail too.
      target.textContent = "Dit formulier is verlopen: u bent uitgelogd of de pagina staat te lang open. Kopieer uw tekst voordat u de pagina opnieuw laadt.";
    } else if (response.status === 429) {
      target.textContent = "U heeft veel voorbeelden opgevraagd. Wacht een minuut en probeer het dan opnieuw; uw tekst blijft staan.";
    } else {
      target.textContent = "Het voorbeeld kon niet worden gemaakt. Laad de pagina opnieuw; uw tekst blijft staan.";
    }
  } catch (error) {
    target.textContent = "Het voorbeeld kon niet worden geladen. Probeer het opnieuw.";
  }
  box.hidden = false;
  box.focus();
});

// Similar questions while the title of a new question is typed. Without this
// script the server shows them once when the form is first submitted or previewed.
(() => {
  const box = document.querySelector("[data-similar]");
  const form = box && box.closest("form");
  const title = form && form.elements.title;
  if (!title) return;
  const checked = form.elements.similar_checked;
  // Questions in the chosen theme come first, so a change of theme asks again.
  const theme = form.elements.category;
  let timer = null;
  let lastAsked = "";
  const normalized = (text) => text.trim().split(/\s+/).join(" ");
  const ask = () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const text = normalized(title.value);
      const chosen = theme ? theme.value : "";
      if (text.length < 10 || `${chosen}|${text}` === lastAsked) return;
      lastAsked = `${chosen}|${text}`;
      try {
        const url = `${box.dataset.similarUrl}?titel=${encodeURIComponent(text)}&thema=${encodeURIComponent(chosen)}`;
        const response = await fetch(url, { credentials: "same-origin" });
        if (text !== normalized(title.value) || chosen !== (theme ? theme.value : "")) return;
        // A redirect is the login page after the session ended: not suggestions to show. The
        // title is asked again once the member has logged in again and types on.
        if (response.redirected) {
          lastAsked = "";
          const notice = document.createElement("p");
          notice.className = "notice";
          notice.textContent = "U bent niet meer ingelogd, dus we kunnen geen vergelijkbare vragen zoeken. "
            + "Kopieer uw tekst voordat u opnieuw inlogt.";
          box.replaceChildren(notice);
          return;
        }
        if (!response.ok) return;
        box.innerHTML = (await response.text()).trim();  // server-rendered, escaped HTML; empty hides the box
        // The member has seen the suggestions for this title: posting need not stop for them.
        if (checked) checked.value = text;
      } catch (error) {
        // No suggestions is fine; the server shows them before posting.
      }
    }, 400);
  };
  title.addEventListener("input", ask);
  if (theme) theme.addEventListener("change", ask);
  // A form that came back with a title (a refused submit, a restored draft) asks at once.
  if (!box.children.length) ask();
})();

// After a failed submit, start at the list of what to fix (as GOV.UK's error summary does),
// so that keyboard and screen reader users learn it first. The script is deferred: the page is parsed.
// No top-level const or let in this file: attachments.js writes the page that answers a form with
// files into this document, which runs this script again in the same global scope.
(() => {
  const errorSummary = document.querySelector(".error-summary");
  if (errorSummary) errorSummary.focus();
})();

// A link in the error summary puts the cursor in its field instead of only scrolling to it,
// with the field's label in view above it.
document.addEventListener("click", (event) => {
  const link = event.target.closest(".error-summary a[href^='#']");
  const field = link && document.getElementById(decodeURIComponent(link.hash.slice(1)));
  if (!field) return;
  event.preventDefault();
  const label = document.querySelector(`label[for="${CSS.escape(field.id)}"]`);
  (label || field).scrollIntoView();
  field.focus({ preventScroll: true });
});

// The header menu is a <details>: on narrow screens it opens and closes without this script.
// Here Escape closes it and gives the focus back to its button, and a browser that cannot show
// a closed <details>'s content on wide screens (no ::details-content) gets the menu opened there.
(() => {
  const menu = document.querySelector(".site-menu");
  if (!menu) return;
  const toggle = menu.querySelector("summary");
  const wide = window.matchMedia("(min-width: 48.0625rem)");
  if (!CSS.supports("selector(::details-content)")) {
    const followWidth = () => { menu.open = wide.matches; };
    followWidth();
    wide.addEventListener("change", followWidth);
  }
  menu.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && menu.open && !wide.matches) {
      menu.open = false;
      toggle.focus();
    }
  });
})();
