"""A finished page's HTML without the indentation and blank lines the theme's templates leave. No I/O.

Whitespace between tags that holds a line break is one line break to the browser, whatever its
length, so a run of it becomes a single "\n"; only <pre> and <textarea> show their whitespace,
and they are left as they are.
"""

from __future__ import annotations

import re

_KEPT = re.compile(r"(<(pre|textarea)\b.*?</\2>)", re.S | re.I)
_BREAK = re.compile(r"[ \t\r\n]*\n[ \t\r\n]*")


def compact(html: str) -> str:
    """`html` with every run of whitespace that holds a line break made one line break."""
    parts = _KEPT.split(html)
    # split() gives: text, kept element, its tag name, text, ...: only the text is compacted.
    return "".join(
        _BREAK.sub("\n", part) if index % 3 == 0 else part
        for index, part in enumerate(parts)
        if index % 3 != 2
    )
