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
    target.innerHTML = await response.text();  // server-sanitized HTML
  } catch (error) {
    target.textContent = "Het voorbeeld kon niet worden geladen. Probeer het opnieuw.";
  }
  box.hidden = false;
  box.focus();
});
