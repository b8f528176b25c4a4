// Mentioning a member: "@" and two letters in a Markdown editor offer members by name and
// municipality (the ARIA 1.2 combobox pattern, the text field as the combobox). Choosing one
// inserts @[Naam](#lid-123). Without this script a mention is typed as @[Naam].
"use strict";

(() => {
  const script = document.currentScript;
  const suggestionsUrl = script && script.dataset.suggestionsUrl;
  if (!suggestionsUrl) return;

  const MIN_LETTERS = 2;
  const WAIT_MS = 200;
  // "@" at the start or after a space or bracket, then up to 50 characters of a name, up to the caret.
  const TYPED_MENTION = /(?:^|[\s(])@([^\s@[\]()][^@[\]()\n]{0,49})$/;

  const setUp = (field) => {
    if (field.dataset.mentions) return;  // the script may be included once per editor
    field.dataset.mentions = "on";
    const list = document.createElement("ul");
    list.id = `${field.id}-leden`;
    list.className = "mention-list";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", "Leden om te noemen");
    list.hidden = true;
    const status = document.createElement("div");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    field.after(list, status);
    field.setAttribute("role", "combobox");
    field.setAttribute("aria-autocomplete", "list");
    field.setAttribute("aria-expanded", "false");
    field.setAttribute("aria-controls", list.id);

    let members = [];
    let active = -1;
    let typed = null;  // {start, end} of the "@..." being typed
    let timer = null;
    let asked = 0;

    const options = () => Array.from(list.children);

    const close = () => {
      list.hidden = true;
      list.replaceChildren();
      members = [];
      active = -1;
      field.setAttribute("aria-expanded", "false");
      field.removeAttribute("aria-activedescendant");
    };

    const highlight = (index) => {
      active = index;
      options().forEach((option, position) => {
        option.setAttribute("aria-selected", position === index ? "true" : "false");
      });
      if (index < 0) {
        field.removeAttribute("aria-activedescendant");
      } else {
        field.setAttribute("aria-activedescendant", options()[index].id);
        options()[index].scrollIntoView({ block: "nearest" });
      }
    };

    const choose = (index) => {
      const member = members[index];
      if (!member || !typed) return;
      const before = field.value.slice(0, typed.start);
      const after = field.value.slice(typed.end);
      const inserted = `${member.token} `;
      field.value = before + inserted + after;
      const caret = before.length + inserted.length;
      field.setSelectionRange(caret, caret);
      close();
      status.textContent = `${member.name} genoemd.`;
      // Other scripts on this field (drafts) hear of the change as of any typing.
      field.dispatchEvent(new Event("input", { bubbles: true }));
    };

    const show = (found) => {
      members = found;
      list.replaceChildren(...found.map((member, index) => {
        const option = document.createElement("li");
        option.id = `${list.id}-${index}`;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.textContent = `${member.name} — ${member.organisation}${member.job_title ? `, ${member.job_title}` : ""}`;
        option.addEventListener("mousedown", (event) => event.preventDefault());  // keep the focus
        option.addEventListener("click", () => choose(index));
        return option;
      }));
      active = -1;
      field.removeAttribute("aria-activedescendant");
      list.hidden = found.length === 0;
      field.setAttribute("aria-expanded", found.length ? "true" : "false");
      status.textContent = found.length === 0
        ? "Geen leden gevonden."
        : `${found.length} ${found.length === 1 ? "lid" : "leden"} gevonden. Kies met pijl omlaag en Enter.`;
    };

    const ask = async (query) => {
      const number = ++asked;
      try {
        const response = await fetch(`${suggestionsUrl}?q=${encodeURIComponent(query)}`,
                                      { credentials: "same-origin", headers: { Accept: "application/json" } });
        if (number !== asked) return;  // a later letter asked again
        if (!response.ok) { close(); return; }
        show((await response.json()).members || []);
      } catch (error) {
        close();
      }
    };

    field.addEventListener("input", () => {
      clearTimeout(timer);
      const caret = field.selectionStart;
      const match = field.selectionEnd === caret && TYPED_MENTION.exec(field.value.slice(0, caret));
      const query = match ? match[1].trim() : "";
      if (query.length < MIN_LETTERS) {
        typed = null;
        asked++;
        close();
        return;
      }
      typed = { start: caret - match[1].length - 1, end: caret };
      timer = setTimeout(() => ask(query), WAIT_MS);
    });

    field.addEventListener("keydown", (event) => {
      if (list.hidden) return;
      const count = members.length;
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        const step = event.key === "ArrowDown" ? 1 : -1;
        highlight(active < 0 ? (step > 0 ? 0 : count - 1) : (active + step + count) % count);
      } else if ((event.key === "Enter" || event.key === "Tab") && active >= 0) {
        event.preventDefault();
        choose(active);
      } else if (event.key === "Escape") {
        event.preventDefault();
        asked++;
        close();
      }
    });

    field.addEventListener("blur", () => { asked++; close(); });
  };

  document.querySelectorAll(".editor textarea").forEach(setUp);
})();
