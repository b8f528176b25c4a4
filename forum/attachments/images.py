"""Images are decoded and encoded again: what reaches the forum is pixels only, without EXIF
(GPS position, camera, author) or anything hidden after the image data."""
import io
import warnings
from dataclasses import dataclass

from flask_babel import gettext as _
from PIL import Image, ImageOps, JpegImagePlugin, UnidentifiedImageError

from forum.attachments.detection import JPEG, FileRefused, Kind

# 40 megapixels is more than any camera photo; beyond it an image is a decompression bomb.
MAX_PIXELS = 40_000_000
Image.MAX_IMAGE_PIXELS = MAX_PIXELS
THUMBNAIL_SIZE = (320, 320)


@dataclass(frozen=True)
class Reencoded:
    data: bytes
    thumbnail: bytes
    width: int
    height: int


def reencode(data: bytes, kind: Kind) -> Reencoded:
    """The image encoded anew with its thumbnail; raises FileRefused for a bomb or a broken file."""
    image_format = "JPEG" if kind is JPEG else "PNG"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=[image_format])
            width, height = image.size
            if width * height > MAX_PIXELS:
                raise FileRefused(_("Deze afbeelding is te groot: maximaal %(megapixels)d megapixel.",
                                    megapixels=MAX_PIXELS // 1_000_000))
            image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise FileRefused(_("Deze afbeelding is te groot: maximaal %(megapixels)d megapixel.",
                            megapixels=MAX_PIXELS // 1_000_000)) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise FileRefused(_("Deze afbeelding is beschadigd en kan niet worden gelezen.")) from None
    # A photo keeps its own quality: encoded at a higher one it can grow past the size limit.
    own_quality = _quality_of(image) if image_format == "JPEG" else {}
    image = ImageOps.exif_transpose(image)  # keep the photo upright once the orientation tag is gone
    if image_format == "JPEG" and image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    thumbnail = image.copy()
    thumbnail.thumbnail(THUMBNAIL_SIZE)
    return Reencoded(_encode(image, image_format, own_quality), _encode(thumbnail, image_format, {}),
                     image.width, image.height)


def _quality_of(image: Image.Image) -> dict:
    """Pillow's quality="keep", which only works on the file as opened: its quantization tables
    and chroma subsampling. Not for CMYK and the like, which become RGB."""
    if image.mode not in ("RGB", "L") or not getattr(image, "quantization", None):
        return {}
    return {"qtables": image.quantization, "subsampling": JpegImagePlugin.get_sampling(image), "optimize": True}


def _encode(image: Image.Image, image_format: str, own_quality: dict) -> bytes:
    out = io.BytesIO()
    if image_format == "JPEG":
        image.save(out, "JPEG", **(own_quality or {"quality": 88}))
    else:
        image.save(out, "PNG")
    return out.getvalue()
