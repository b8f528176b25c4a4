// Attachments: drop files on the field, and a progress bar while they are sent. Without this
// script the plain file field and a normal form submit do the same, only without either.
"use strict";

(() => {
  const zones = document.querySelectorAll("[data-attachments]");
  zones.forEach((zone) => {
    const input = zone.querySelector("input[type=file]");
    const form = input && input.form;
    if (!form) return;
    zone.querySelector("[data-attachments-drop-hint]").hidden = false;

    const addFiles = (files) => {
      const all = new DataTransfer();
      [...input.files, ...files].forEach((file) => all.items.add(file));
      input.files = all.files;
      input.dispatchEvent(new Event("change", { bubbles: true }));
    };
    zone.addEventListener("dragover", (event) => {
      event.preventDefault();
      zone.classList.add("drop-zone--active");
    });
    zone.addEventListener("dragleave", () => zone.classList.remove("drop-zone--active"));
    zone.addEventListener("drop", (event) => {
      event.preventDefault();
      zone.classList.remove("drop-zone--active");
      if (event.dataTransfer && event.dataTransfer.files.length) addFiles(event.dataTransfer.files);
    });

    const progress = zone.querySelector("[data-attachments-progress]");
    form.addEventListener("submit", (event) => {
      if (!input.files.length || event.defaultPrevented) return;
      event.preventDefault();
      const request = new XMLHttpRequest();
      request.open("POST", form.action);
      progress.hidden = false;
      request.upload.addEventListener("progress", (step) => {
        if (step.lengthComputable) progress.querySelector("progress").value = step.loaded / step.total;
      });
      request.addEventListener("load", () => {
        // The page the form leads to, as if it had been sent without this script: the post
        // (after a redirect, with its message), or the form again with its messages and the
        // files already kept.
        const address = request.responseURL;
        document.open();
        document.write(request.responseText);
        document.close();
        if (address && address !== location.href) history.replaceState(null, "", address);
      });
      request.addEventListener("error", () => {
        progress.hidden = true;
        progress.querySelector("[data-attachments-progress-text]").textContent =
          "Het versturen is mislukt. Controleer uw verbinding en probeer het opnieuw.";
        progress.hidden = false;
      });
      request.send(new FormData(form, event.submitter));
    });
  });
})();
