"""File names as a member chose them, made safe to show and to send back in a download."""
import unicodedata

from forum.attachments.models import NAME_MAX_LENGTH

# Control (Cc), format (Cf: the bidi overrides such as U+202E, zero-width characters),
# separators other than the space, private use and unassigned code points.
DROPPED_CATEGORIES = {"Cc", "Cf", "Zl", "Zp", "Co", "Cn", "Cs"}
UNNAMED = "bestand"


def clean_name(raw: str | None) -> str:
    """The last path part, without control and bidi characters, at most NAME_MAX_LENGTH long."""
    name = unicodedata.normalize("NFC", raw or "")
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(" " if char.isspace() else char for char in name
                   if unicodedata.category(char) not in DROPPED_CATEGORIES)
    name = " ".join(name.split())
    if name.startswith(".") and "." not in name.strip(". "):
        name = UNNAMED + name  # ".pdf": only an extension, which the dot stripping below would lose
    name = name.strip(". ")
    if len(name) > NAME_MAX_LENGTH:
        stem, dot, extension = name.rpartition(".")
        if dot and len(extension) <= 10:
            name = stem[: NAME_MAX_LENGTH - len(extension) - 1].rstrip() + "." + extension
        else:
            name = name[:NAME_MAX_LENGTH]
    return name


