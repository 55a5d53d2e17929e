"""User text in Markdown strings: shown as typed, never as formatting (DESIGN §7)."""

from __future__ import annotations

import re


def md_text(text: str) -> str:
    """`text` with every Markdown (and HTML) special character escaped."""
    return re.sub(r"([\\`*_{}\[\]()#+\-.!|<>~:$])", r"\\\1", text)
