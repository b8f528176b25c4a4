"""Where mentions plug into the board: the autocomplete script under every Markdown editor."""
from forum.board import hooks

hooks.page_fragment("editor", "after_body", "mentions/_editor_script.html")
