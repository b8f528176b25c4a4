"""Parse a page as a browser would (html5lib, WHATWG) and list everything that could run script."""
import re

import html5lib

XHTML = "{http://www.w3.org/1999/xhtml}"
# Elements that run script, load other documents, or change how the page is parsed or styled.
FORBIDDEN_ELEMENTS = {"script", "iframe", "frame", "frameset", "object", "embed", "applet", "style",
                      "link", "meta", "base", "img", "svg", "math", "video", "audio", "source",
                      "template", "noscript", "form", "input", "button", "textarea", "select"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "background",
                  "cite", "srcset"}
SAFE_SCHEMES = {"http", "https", "mailto"}
_CONTROL_OR_SPACE = re.compile(r"[\x00-\x20\x7f]+")


def _scheme(url: str) -> str | None:
    """The scheme a browser would see: control characters and spaces are dropped first."""
    cleaned = _CONTROL_OR_SPACE.sub("", url).lower()
    match = re.match(r"([a-z][a-z0-9+.\-]*):", cleaned)
    return match.group(1) if match else None


def dangers(html: str, *, allow_own_page: bool = True) -> list[str]:
    """What in `html` could execute. With allow_own_page, the site's own script, stylesheet,
    meta tags and forms (to its own paths) are expected and allowed."""
    found = []
    tree = html5lib.parse(html, namespaceHTMLElements=True)
    for element in tree.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        if not tag.startswith(XHTML):
            if tag:
                found.append(f"foreign element {tag}")
            continue
        name = tag.removeprefix(XHTML)
        attributes = {key if isinstance(key, str) else key[1]: value for key, value in element.attrib.items()}
        if name in FORBIDDEN_ELEMENTS and not (allow_own_page and _is_own(name, attributes, element)):
            found.append(f"<{name} {attributes}>")
        for attribute, value in attributes.items():
            attribute = attribute.lower()
            if attribute.startswith("on"):
                found.append(f"event handler {attribute}={value!r} on <{name}>")
            if attribute == "style":
                found.append(f"style attribute on <{name}>")
            if attribute in URL_ATTRIBUTES and (scheme := _scheme(value)) and scheme not in SAFE_SCHEMES:
                found.append(f"{attribute}={value!r} on <{name}>")
    return found


def _is_own(name: str, attributes: dict, element) -> bool:
    if name == "script":
        return attributes.get("src", "").startswith("/static/") and not (element.text or "").strip()
    if name == "link":
        if attributes.get("rel") == "alternate":  # the site's own Atom feed of a category or tag
            return attributes.get("type") == "application/atom+xml" and _scheme(attributes.get("href", "")) in ("http", "https")
        if attributes.get("rel") == "icon":  # the site's own favicon
            return attributes.get("href", "") == "/favicon.ico" or attributes.get("href", "").startswith("/static/")
        return attributes.get("rel") == "stylesheet" and attributes.get("href", "").startswith("/static/")
    if name == "meta":
        return set(attributes) <= {"charset", "name", "content"}
    if name == "form":
        return attributes.get("action", "/").startswith("/")
    return name in {"input", "button", "textarea", "select"}
