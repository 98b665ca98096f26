"""Reference copy of decode.py before its fast paths (used by tests/test_corpus_speed.py).

Turning a file's raw bytes into text, and saying how sure we are.

Order of decisions (first match wins):

1. a byte-order mark: UTF-8 (``utf-8-sig``), UTF-32 and UTF-16 (LE/BE);
2. NUL bytes: UTF-16 without BOM when the NULs sit at alternating positions
   and the decoded text looks like text (warning), otherwise binary;
3. strict UTF-8;
4. for HTML, a ``<meta charset>`` declaration naming a single-byte codec;
5. mostly-valid UTF-8 with a few broken sequences: UTF-8 with U+FFFD (warning);
6. bytes that read as plausible Arabic in Windows-1256: cp1256 (warning);
7. anything else: UTF-8 with U+FFFD (warning).

After decoding, text that is mostly control characters is binary.  Nothing is
normalised: the returned text is exactly what the codec produced, so offsets
computed on it are offsets into the article.  ``encoding`` is always a codec
name that decodes the raw bytes back to the same text.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

# (kind, severity, message)
Note = tuple[str, str, str]

_ASCII = bytes(range(128))
# High bytes that are Arabic script (letters, punctuation, ZWNJ/ZWJ/LRM/RLM) in Windows-1256.
_CP1256_ARABIC = bytes(
    b
    for b in range(128, 256)
    if "\u0600" <= bytes([b]).decode("cp1256") <= "\u06ff"
    or bytes([b]).decode("cp1256") in "\u200c\u200d\u200e\u200f"
)
# Control characters that do not occur in text (tab, LF, VT, FF and CR do).
_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f\x80-\x9f]")
_META_CHARSET_RE = re.compile(rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)

SAMPLE = 1 << 16


@dataclass
class Decoded:
    text: str
    encoding: str
    notes: list[Note] = field(default_factory=list)
    binary: bool = False


def _decode(data: bytes, codec: str, truncated: bool, errors: str = "strict") -> str:
    """Decode; when the data was cut short, drop an incomplete final sequence instead of failing."""
    dec = codecs.getincrementaldecoder(codec)(errors)
    return dec.decode(data, final=not truncated)


def _decode_or_replace(data: bytes, codec: str, truncated: bool, label: str) -> tuple[str, list[Note]]:
    try:
        return _decode(data, codec, truncated), []
    except UnicodeDecodeError:
        text = _decode(data, codec, truncated, "replace")
        n = text.count("\ufffd")
        return text, [
            (
                "encoding",
                "warning",
                f"{label} text contains {n} invalid byte sequence(s); they were replaced by U+FFFD",
            )
        ]


def _control_count(text: str) -> int:
    return len(text) - len(_CONTROL_RE.sub("", text))


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    if "\x00" in text:
        return True
    return _control_count(text) > max(2, len(text) * 0.05)


def _plausible_utf16(text: str) -> bool:
    """Decoded UTF-16 that is text: almost everything ASCII, Latin-1, Arabic or punctuation."""
    if not text:
        return False
    odd = re.sub(
        "[\t\n\r\x0b\x0c\x20-\x7e\u00a0-\u024f\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff"
        "\u2000-\u206f\ufb50-\ufdff\ufe70-\ufeff]",
        "",
        text,
    )
    return len(odd) <= len(text) * 0.05


def _utf16_without_bom(raw: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` when NULs sit at alternating positions, else None."""
    sample = raw[:SAMPLE]
    half = len(sample) // 2
    if half < 1:
        return None
    nul_even = sample[0 : 2 * half : 2].count(0)
    nul_odd = sample[1 : 2 * half : 2].count(0)
    hi, lo = max(nul_even, nul_odd), min(nul_even, nul_odd)
    if hi < max(1, half * 0.05) or lo * 10 > hi:
        return None
    # ASCII in little-endian puts the zero high byte second (odd positions).
    return "utf-16-le" if nul_odd > nul_even else "utf-16-be"


def _meta_charset(raw: bytes) -> str | None:
    m = _META_CHARSET_RE.search(raw[:4096])
    if not m:
        return None
    try:
        info = codecs.lookup(m.group(1).decode("ascii"))
    except (LookupError, UnicodeDecodeError):
        return None
    # Only ASCII-compatible codecs make sense here (we found the declaration by its ASCII bytes).
    if info.name.startswith(("utf-16", "utf-32", "utf-7")) or info.name == "utf-8":
        return None
    try:
        if "<meta".encode(info.name) != b"<meta":
            return None
    except (UnicodeError, LookupError):
        return None
    return info.name


def decode_bytes(raw: bytes, truncated: bool = False, html: bool = False) -> Decoded:
    """Decode ``raw`` (possibly the first part of a longer file when ``truncated``)."""
    # 1. Byte-order marks.  UTF-32 LE's BOM starts with UTF-16 LE's, so test it first.
    for bom, codec, label in (
        (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
        (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
        (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
        (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
        (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
    ):
        if raw.startswith(bom):
            text, notes = _decode_or_replace(raw, codec, truncated, label)
            return Decoded(text, codec, notes, binary=_looks_binary(text))

    # 2. NUL bytes: UTF-16 without a BOM, or binary.
    if b"\x00" in raw:
        codec = _utf16_without_bom(raw)
        if codec is not None:
            text, notes = _decode_or_replace(raw, codec, truncated, "UTF-16")
            if _plausible_utf16(text[:SAMPLE]) and not _looks_binary(text):
                return Decoded(
                    text,
                    codec,
                    [
                        (
                            "encoding",
                            "warning",
                            f"no byte-order mark; decoded as {codec.upper()} (guessed from the NUL bytes)",
                        ),
                        *notes,
                    ],
                )
        return Decoded("", "binary", binary=True)

    if html:
        # Declared charsets checked against the bytes (issue 14) are not a fast path: HTML
        # pages from here on are decoded by the production code, tested on its own in
        # tests/test_hostile_decode.py and tests/test_corpus_html.py.
        from viewer.corpus.decode import decode_bytes as production

        return production(raw, truncated=truncated, html=True)

    # 3. Strict UTF-8.
    try:
        text = _decode(raw, "utf-8", truncated)
        return Decoded(text, "utf-8", binary=_looks_binary(text))
    except UnicodeDecodeError:
        pass

    # 4. A declared charset in HTML.
    if html:
        declared = _meta_charset(raw)
        if declared:
            text, notes = _decode_or_replace(raw, declared, truncated, declared)
            return Decoded(text, declared, notes, binary=_looks_binary(text))

    # 5. Mostly valid UTF-8 with a few broken sequences.
    replaced = _decode(raw, "utf-8", truncated, "replace")
    bad = replaced.count("\ufffd")
    good = len(replaced) - len(replaced.encode("ascii", "ignore")) - bad
    high = len(raw.translate(None, _ASCII))
    if good < bad:
        # 6. Windows-1256: most high bytes are Arabic letters there.
        non_arabic_high = len(raw.translate(None, _ASCII + _CP1256_ARABIC))
        if high and non_arabic_high <= high * 0.4:
            text = _decode(raw, "cp1256", truncated, "replace")
            if not _looks_binary(text):
                return Decoded(
                    text,
                    "cp1256",
                    [("encoding", "warning", "not valid UTF-8; decoded as Windows-1256 (Arabic)")],
                )
            return Decoded("", "binary", binary=True)
    # 5./7. UTF-8 with replacement characters.
    why = "invalid UTF-8" if good >= bad else "not valid UTF-8 and not plausible Windows-1256"
    binary = _looks_binary(replaced) or bad > len(replaced) * 0.4
    return Decoded(
        replaced,
        "utf-8",
        [("encoding", "warning", f"{why}: {bad} invalid byte sequence(s) were replaced by U+FFFD")],
        binary=binary,
    )
