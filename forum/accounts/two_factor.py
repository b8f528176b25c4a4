"""Two-factor login with a time-based code (TOTP, RFC 6238) and one-time recovery codes.

Optional for members, required for moderators and administrators before they moderate.
"""
import hashlib
import hmac
import secrets
import time

import pyotp
import segno
from flask import current_app
from markupsafe import Markup

from forum.accounts.models import User
from forum.extensions import db

RECOVERY_CODE_COUNT = 10
STEP_SECONDS = 30
# One step either side: the phone's clock may be half a minute off.
ALLOWED_DRIFT_STEPS = 1


def new_secret() -> str:
    return pyotp.random_base32()


def provisioning_uri(secret: str, user: User) -> str:
    """The otpauth:// address an authenticator app reads: scanned, typed or pasted."""
    return pyotp.TOTP(secret).provisioning_uri(name=user.email,
                                               issuer_name=current_app.config["FORUM_NAME"])


def qr_code_svg(uri: str, title: str) -> Markup:
    """The address as a QR code in inline SVG, drawn here: the secret never leaves the server,
    and inline markup needs no exception in the Content-Security-Policy."""
    svg = segno.make(uri, error="m").svg_inline(
        scale=4, border=4, dark="#000", light="#fff", title=title, svgclass="qr-code", lineclass=None,
    )
    # segno escapes the title and writes only its own elements: path data, no script or style.
    return Markup(svg.replace("<svg ", f'<svg role="img" aria-label="{Markup.escape(title)}" ', 1))  # nosec B704


def _hash_recovery_code(code: str) -> str:
    # Recovery codes are long random strings, not passwords: a plain hash is enough.
    return hashlib.sha256(code.encode()).hexdigest()


def _normalize(code: str) -> str:
    return "".join(character for character in code.lower() if character.isalnum())


def _matching_step(secret: str, code: str, after_step: int | None) -> int | None:
    """The time step whose code is `code`, if it is recent and newer than the last one used."""
    totp = pyotp.TOTP(secret)
    current = int(time.time() // STEP_SECONDS)
    for step in range(current - ALLOWED_DRIFT_STEPS, current + ALLOWED_DRIFT_STEPS + 1):
        if (after_step is None or step > after_step) and hmac.compare_digest(
                totp.generate_otp(step), code):
            return step
    return None


def verify(user: User, code: str) -> bool:
    """Check a login code or recovery code; each can be used once."""
    code = _normalize(code)
    if not user.has_two_factor or not code:
        return False
    if len(code) == 6 and code.isascii() and code.isdigit():
        step = _matching_step(user.totp_secret, code, user.totp_last_step)
        if step is None:
            return False
        user.totp_last_step = step  # the same code cannot be replayed
        db.session.flush()
        return True
    hashes = (user.recovery_code_hashes or "").split()
    digest = _hash_recovery_code(code)
    if digest not in hashes:
        return False
    hashes.remove(digest)
    user.recovery_code_hashes = "\n".join(hashes)
    db.session.flush()
    return True


def enable(user: User, secret: str, code: str) -> list[str] | None:
    """Turn on two-factor login if `code` fits `secret`; returns the recovery codes, shown once."""
    code = _normalize(code)
    step = _matching_step(secret, code, None) if len(code) == 6 and code.isascii() and code.isdigit() else None
    if step is None:
        return None
    codes = [f"{secrets.token_hex(4)}-{secrets.token_hex(4)}" for _ in range(RECOVERY_CODE_COUNT)]
    user.totp_secret = secret
    user.totp_last_step = step  # the code used for the setup cannot log in
    user.recovery_code_hashes = "\n".join(_hash_recovery_code(_normalize(code)) for code in codes)
    user.end_other_sessions()  # a session opened without the second factor ends here
    db.session.flush()
    return codes


def disable(user: User) -> None:
    user.totp_secret = user.totp_last_step = user.recovery_code_hashes = None
    db.session.flush()


def remaining_recovery_codes(user: User) -> int:
    return len((user.recovery_code_hashes or "").split())
