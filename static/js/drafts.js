// Drafts: the composer's text is saved on the server after a pause in typing, and leaving the page
// with text typed since the last save asks first. Without this script the "Concept opslaan" button
// posts the form to the same place and the page comes back with the draft.
"use strict";

(() => {
  const SAVE_AFTER_MS = 1500;
  const FIELDS = ["title", "category", "body"];

  for (const button of document.querySelectorAll("[data-draft-save]")) {
    const form = button.form;
    if (!form) continue;
    const status = form.querySelector("[data-draft-status]");
    const fields = FIELDS.map((name) => form.elements.namedItem(name)).filter((field) => field);
    const snapshot = () => JSON.stringify(fields.map((field) => field.value));
    // What the page opened with is on the server already: the empty form, or the draft offered back.
    let saved = snapshot();
    let timer = null;
    let leaving = false;

    const say = (text) => { if (status) status.textContent = text; };

    const save = async () => {
      clearTimeout(timer);
      const sending = snapshot();
      if (sending === saved) return;
      const body = new FormData();
      for (const field of fields) body.append(field.name, field.value);
      const token = form.elements.namedItem("csrf_token");
      if (token) body.append("csrf_token", token.value);
      try {
        const response = await fetch(button.dataset.draftAutosaveUrl, {
          method: "POST", body, credentials: "same-origin",
          headers: token ? { "X-CSRFToken": token.value, Accept: "application/json" } : { Accept: "application/json" },
        });
        const json = (response.headers.get("Content-Type") || "").includes("application/json");
        if (response.ok && json) {
          saved = sending;
          say((await response.json()).message);
        } else if (response.ok) {
          // Redirected to the login page: the session ended while typing.
          say("Het concept kon niet worden opgeslagen: u bent niet meer ingelogd. Kopieer uw tekst voordat u opnieuw inlogt.");
        } else if (response.status === 422 && json) {
          say((await response.json()).error);
        } else if (response.status === 400) {
          // The form's token was refused: the session ended (cookies gone) or is too old.
          say("Het concept kon niet worden opgeslagen: dit formulier is verlopen, u bent uitgelogd of de pagina staat te lang open. Kopieer uw tekst voordat u de pagina opnieuw laadt.");
        } else if (response.status === 429) {
          say("Het concept kon even niet worden opgeslagen. Over een minuut probeert het forum het opnieuw.");
          timer = setTimeout(save, 60000);
        } else {
          say("Het concept kon niet worden opgeslagen. Uw tekst staat nog in het formulier.");
        }
      } catch (error) {
        say("Het concept kon niet worden opgeslagen: geen verbinding. Uw tekst staat nog in het formulier.");
      }
    };

    const typed = () => {
      clearTimeout(timer);
      if (snapshot() !== saved) timer = setTimeout(save, SAVE_AFTER_MS);
    };
    form.addEventListener("input", typed);
    form.addEventListener("change", typed);

    // With the script the button saves in place: the member keeps their cursor and hears the result.
    button.addEventListener("click", (event) => {
      event.preventDefault();
      if (snapshot() === saved) {
        say("Het concept is al opgeslagen.");
        return;
      }
      save();
    });

    // Posting, previewing without script, or any other submit leaves on purpose.
    form.addEventListener("submit", () => { leaving = true; });
    window.addEventListener("beforeunload", (event) => {
      if (leaving || snapshot() === saved) return;
      event.preventDefault();
      event.returnValue = "";  // older browsers ask only when a value is set
    });
  }
})();
