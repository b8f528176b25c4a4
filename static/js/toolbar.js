// A small Markdown toolbar above each composer's text box: buttons that put the Markdown for bold,
// italic, a list, a link, a quote or a heading around the selection. Without this script the hint
// under the label tells how to type it.
"use strict";

(() => {
  const BUTTONS = [
    { label: "Vet", title: "Vet: **tekst**", wrap: ["**", "**"], placeholder: "vette tekst" },
    { label: "Cursief", title: "Cursief: *tekst*", wrap: ["*", "*"], placeholder: "schuine tekst" },
    { label: "Opsomming", title: "Opsomming: - aan het begin van elke regel", prefix: "- " },
    { label: "Link", title: "Link: [tekst](https://...)", wrap: ["[", "](https://)"], placeholder: "tekst van de link", select: "https://" },
    { label: "Citaat", title: "Citaat: > aan het begin van elke regel", prefix: "> " },
    { label: "Kop", title: "Kop: ## aan het begin van de regel", prefix: "## " },
  ];

  // Through the editing command when it exists, so that Ctrl+Z undoes the change.
  const replace = (box, start, end, text) => {
    box.focus();
    box.setSelectionRange(start, end);
    if (!document.execCommand || !document.execCommand("insertText", false, text)) {
      box.setRangeText(text, start, end, "end");
      box.dispatchEvent(new Event("input", { bubbles: true }));
    }
  };

  const wrap = (box, action) => {
    const { selectionStart: start, selectionEnd: end, value } = box;
    const inner = value.slice(start, end) || action.placeholder;
    const [before, after] = action.wrap;
    replace(box, start, end, before + inner + after);
    if (action.select) {
      const at = start + before.length + inner.length + after.indexOf(action.select);
      box.setSelectionRange(at, at + action.select.length);
    } else {
      box.setSelectionRange(start + before.length, start + before.length + inner.length);
    }
  };

  const prefixLines = (box, action) => {
    const { value } = box;
    const start = value.lastIndexOf("\n", box.selectionStart - 1) + 1;
    let end = value.indexOf("\n", Math.max(box.selectionEnd - (box.selectionEnd > box.selectionStart ? 1 : 0), start));
    if (end === -1) end = value.length;
    const lines = value.slice(start, end).split("\n").map((line) => action.prefix + line).join("\n");
    replace(box, start, end, lines);
    box.setSelectionRange(start, start + lines.length);
  };

  for (const box of document.querySelectorAll(".editor textarea")) {
    if (!box.id) continue;
    const bar = document.createElement("div");
    bar.className = "markdown-toolbar";
    bar.setAttribute("role", "group");
    bar.setAttribute("aria-label", "Opmaakknoppen");
    bar.setAttribute("aria-controls", box.id);
    for (const action of BUTTONS) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "markdown-toolbar__button";
      button.textContent = action.label;
      button.setAttribute("aria-label", action.label);
      button.title = action.title;
      button.addEventListener("click", () => (action.wrap ? wrap : prefixLines)(box, action));
      bar.append(button);
    }
    box.before(bar);
  }
})();
