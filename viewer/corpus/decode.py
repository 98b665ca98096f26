"""Turning a file's raw bytes into text, and saying how sure we are.

Order of decisions (first match wins):

1. a byte-order mark: UTF-8 (``utf-8-sig``), UTF-32 and UTF-16 (LE/BE);
2. NUL bytes: UTF-16 without BOM when the NULs sit at alternating positions
   and the decoded text looks like text (warning), otherwise binary;
3. strict UTF-8;
4. for HTML, a ``<meta charset>`` declaration naming a real text codec
   (a whitelist: ``idna`` or ``rot-13`` are Python codecs, not page encodings),
   unless the bytes contradict it: a Latin codec declared over words made only
   of high bytes that read as Arabic in Windows-1256 (or a declared codec that
   needs replacement characters where Windows-1256 does not) is decoded as
   Windows-1256 and reported; a declaration contradicted by valid UTF-8 is
   reported too;
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
# The same control characters as bytes of valid UTF-8: C0 and DEL are single bytes, C1 is C2 80–9F.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
_C1_UTF8_RE = re.compile(b"\xc2[\x80-\x9f]")
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
    except UnicodeError:
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
    if not text or not _CONTROL_RE.search(text):
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


# The codecs a page may declare (CodecInfo names): real text encodings, ASCII-compatible, one
# that a site could have used.  Anything else (``idna``, ``rot-13``, ``hex``, ``punycode`` …:
# Python accepts them as codec names) is ignored with a warning.
_DECLARABLE = frozenset(
    """ascii cp1250 cp1251 cp1252 cp1253 cp1254 cp1255 cp1256 cp1257 cp1258 cp720 cp864 cp874
    cp437 cp850 cp866 iso8859-1 iso8859-2 iso8859-3 iso8859-4 iso8859-5 iso8859-6 iso8859-7
    iso8859-8 iso8859-9 iso8859-10 iso8859-11 iso8859-13 iso8859-14 iso8859-15 iso8859-16
    koi8-r koi8-u mac-arabic mac-roman mac-cyrillic tis-620 gb2312 gbk gb18030 big5 big5hkscs
    shift_jis cp932 euc_jp euc_kr cp949""".split()
)
# Declared codecs in which high bytes are accented Latin letters, used inside Latin words.
_LATIN = frozenset({"cp1250", "cp1252", "cp1254", "cp1257", "cp1258", "cp437", "cp850", "mac-roman"}
                   | {f"iso8859-{n}" for n in (1, 2, 3, 4, 9, 10, 13, 14, 15, 16)})
_HIGH_WORD = re.compile(rb"[\x80-\xff][^\x00-\x40\x5b-\x60\x7b-\x7f]*|[^\x00-\x40\x5b-\x60\x7b-\x7f\x80-\xff]+")


def _declared(raw: bytes) -> tuple[str | None, str | None]:
    """(usable declared codec, name as written when it is not usable) of an HTML page."""
    m = _META_CHARSET_RE.search(raw[:4096])
    if not m:
        return None, None
    written = m.group(1).decode("ascii", "replace")
    try:
        info = codecs.lookup(written)
    except LookupError:
        return None, written
    # Only ASCII-compatible codecs make sense here (we found the declaration by its ASCII bytes).
    if info.name == "utf-8":
        return "utf-8", None
    if info.name not in _DECLARABLE:
        return None, written
    try:
        if "<meta".encode(info.name) != b"<meta":
            return None, written
    except (UnicodeError, LookupError):
        return None, written
    return info.name, None


def _meta_charset(raw: bytes) -> str | None:
    codec, _ = _declared(raw)
    return None if codec == "utf-8" else codec


def _non_latin_words(raw: bytes) -> bool:
    """Most words holding a high byte are made only of high bytes: a non-Latin script
    (Arabic, Cyrillic …), not accented letters inside Latin words."""
    pure = mixed = 0
    for m in _HIGH_WORD.finditer(raw[:SAMPLE]):
        w = m.group()
        if w[0] < 0x80 and not any(b >= 0x80 for b in w):
            continue
        if any(0x41 <= b <= 0x5A or 0x61 <= b <= 0x7A for b in w):
            mixed += 1
        else:
            pure += 1
    return pure >= 3 and pure > 4 * mixed


def _plausible_cp1256(raw: bytes) -> bool:
    high = len(raw.translate(None, _ASCII))
    return bool(high) and len(raw.translate(None, _ASCII + _CP1256_ARABIC)) <= high * 0.4


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

    declared, unusable = _declared(raw) if html else (None, None)
    declared_notes: list[Note] = []
    if unusable:
        declared_notes.append(("encoding", "warning",
                               f"the page declares the charset '{unusable}', which is not a text encoding "
                               "it could use; ignored"))

    # 3. Strict UTF-8.
    try:
        text = raw.decode("utf-8") if not truncated else _decode(raw, "utf-8", truncated)
        if declared and declared != "utf-8" and not raw.isascii():
            declared_notes.append(("encoding", "warning",
                                   f"the page declares {declared} but its bytes are valid UTF-8; read as UTF-8"))
        # No control byte and no C2 80–9F in valid UTF-8: no control character in the text.
        if len(raw.translate(None, _CONTROL_BYTES)) == len(raw) and not _C1_UTF8_RE.search(raw):
            return Decoded(text, "utf-8", declared_notes)
        return Decoded(text, "utf-8", declared_notes, binary=_looks_binary(text))
    except UnicodeDecodeError:
        pass

    # 4. A declared charset in HTML, unless the bytes contradict it.
    if declared and declared != "utf-8":
        text, notes = _decode_or_replace(raw, declared, truncated, declared)
        if declared != "cp1256" and _plausible_cp1256(raw) and (
            notes or (declared in _LATIN and _non_latin_words(raw))
        ):
            alt = _decode(raw, "cp1256", truncated, "replace")
            if not _looks_binary(alt):
                return Decoded(alt, "cp1256", [*declared_notes, (
                    "encoding", "warning",
                    f"the page declares {declared} but its bytes read as Arabic in Windows-1256; "
                    "decoded as Windows-1256")])
        if declared in _LATIN and _non_latin_words(raw):
            notes = [*notes, ("encoding", "warning",
                              f"the page declares {declared} but its words are not Latin-script; "
                              "the text may be garbled")]
        return Decoded(text, declared, [*declared_notes, *notes], binary=_looks_binary(text))

    # 5. Mostly valid UTF-8 with a few broken sequences.
    replaced = _decode(raw, "utf-8", truncated, "replace")
    bad = replaced.count("\ufffd")
    good = len(replaced) - len(replaced.encode("ascii", "ignore")) - bad
    if good < bad:
        # 6. Windows-1256: most high bytes are Arabic letters there.
        if _plausible_cp1256(raw):
            text = _decode(raw, "cp1256", truncated, "replace")
            if not _looks_binary(text):
                return Decoded(
                    text,
                    "cp1256",
                    [*declared_notes, ("encoding", "warning", "not valid UTF-8; decoded as Windows-1256 (Arabic)")],
                )
            return Decoded("", "binary", binary=True)
    # 5./7. UTF-8 with replacement characters.
    why = "invalid UTF-8" if good >= bad else "not valid UTF-8 and not plausible Windows-1256"
    binary = _looks_binary(replaced) or bad > len(replaced) * 0.4
    return Decoded(
        replaced,
        "utf-8",
        [*declared_notes, ("encoding", "warning", f"{why}: {bad} invalid byte sequence(s) were replaced by U+FFFD")],
        binary=binary,
    )
