"""Problems as GitHub Actions annotations, so a pull request shows each one on the line it is about.

The format and escaping are GitHub's workflow commands: `::error file=F,line=L,col=C::MESSAGE`.
"""

from __future__ import annotations

from generator.errors import Problem


def github_annotation(problem: Problem) -> str:
    properties = {
        "file": problem.file,
        "line": str(problem.line),
        "col": str(problem.column),
    }
    listed = ",".join(f"{key}={_escape_property(value)}" for key, value in properties.items())
    return f"::error {listed}::{_escape_data(problem.message)}"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")
