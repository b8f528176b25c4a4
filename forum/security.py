"""Security headers on every response, /.well-known/security.txt, and the proxy in front."""
from datetime import timedelta

from flask import abort, current_app, session, url_for
from werkzeug.middleware.proxy_fix import ProxyFix

from forum.clock import utcnow

# RFC 9116 asks for an Expires of less than a year ahead; computed per request, it never lapses.
SECURITY_TXT_VALID_FOR = timedelta(days=180)

CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
])


def security_txt():
    """RFC 9116: where to report a vulnerability. Without a configured contact there is none."""
    config = current_app.config
    contact = config["SECURITY_CONTACT"] or (
        f"mailto:{config['CONTACT_EMAIL']}" if config["CONTACT_EMAIL"] else "")
    if not contact:
        abort(404)
    expires = (utcnow() + SECURITY_TXT_VALID_FOR).replace(microsecond=0).isoformat() + "Z"
    lines = [
        f"Contact: {contact}",
        f"Expires: {expires}",
        "Preferred-Languages: nl, en",
        f"Canonical: {url_for('security_txt', _external=True)}",
    ]
    if config["SECURITY_POLICY_URL"]:
        lines.append(f"Policy: {config['SECURITY_POLICY_URL']}")
    return "\n".join(lines) + "\n", 200, {"Content-Type": "text/plain; charset=utf-8"}


def init_app(app) -> None:
    if app.config["PROXY_COUNT"]:
        # Without this, every visitor has the proxy's address and shares its rate limits.
        hops = app.config["PROXY_COUNT"]
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops)
    app.add_url_rule("/.well-known/security.txt", "security_txt", security_txt)

    @app.after_request
    def set_security_headers(response):
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        if "_user_id" in session:
            # Pages for a logged-in member stay out of shared and browser caches (ASVS V8.2).
            response.headers.setdefault("Cache-Control", "no-store")
        if app.config.get("SESSION_COOKIE_SECURE"):
            response.headers.setdefault("Strict-Transport-Security", "max-age=31536000")
        return response
