"""A minimal PDF writer: pages of Helvetica text lines, WinAnsi encoded.

Letters WinAnsi lacks (ğ ş ı İ Ğ Ş) are written as their closest Latin letters.
"""

from __future__ import annotations

_TRANSLIT = str.maketrans({"ğ": "g", "Ğ": "G", "ş": "s", "Ş": "S", "ı": "i", "İ": "I", "₺": "TL"})
_LINES_PER_PAGE = 48


def _escape(text: str) -> bytes:
    raw = text.translate(_TRANSLIT).encode("cp1252", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _page_stream(title: str, lines: list[str]) -> bytes:
    parts = [b"BT /F1 15 Tf 50 790 Td (" + _escape(title) + b") Tj ET"]
    y = 760
    for line in lines:
        parts.append(b"BT /F1 10 Tf 50 %d Td (" % y + _escape(line) + b") Tj ET")
        y -= 15
    return b"\n".join(parts)


def render_pdf(title: str, lines: list[str]) -> bytes:
    pages = [lines[i : i + _LINES_PER_PAGE] for i in range(0, max(len(lines), 1), _LINES_PER_PAGE)] or [[]]
    objects: list[bytes] = []
    n_pages = len(pages)
    # 1 catalog, 2 pages tree, 3 font, then (page, content) pairs.
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(n_pages)).encode()
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % n_pages)
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for i, page_lines in enumerate(pages):
        stream = _page_stream(title if i == 0 else f"{title} ({i + 1})", page_lines)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
            b"/Contents %d 0 R >>" % (5 + 2 * i)
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref_at = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref_at)
    return bytes(out)
