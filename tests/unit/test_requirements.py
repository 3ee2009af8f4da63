"""The lock files: every package pinned to one version with its hashes, and the site is built with
exactly the versions the tests ran with."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import ROOT

LOCKS = {name: ROOT / "requirements" / f"{name}.txt" for name in ("site", "test")}
# One requirement of a pip-compile lock: `name==version \` then `--hash=sha256:...` lines.
PIN = re.compile(
    r"^(?P<name>[A-Za-z0-9._-]+)==(?P<version>\S+)(?P<hashes>(?:\s*\\\n\s+--hash=\S+)*)", re.M
)


def pins(lock: Path) -> dict[str, tuple[str, int]]:
    """{normalised name: (version, number of hashes)} of a lock file."""
    text = lock.read_text(encoding="utf-8")
    return {
        re.sub(r"[-_.]+", "-", match["name"]).lower(): (
            match["version"],
            match["hashes"].count("--hash=sha256:"),
        )
        for match in PIN.finditer(text)
    }


@pytest.mark.parametrize("name", LOCKS)
def test_every_locked_package_has_a_version_and_a_hash(name: str) -> None:
    lock = LOCKS[name]
    requirement_lines = [
        line
        for line in lock.read_text(encoding="utf-8").splitlines()
        if re.match(r"[A-Za-z]", line)
    ]
    locked = pins(lock)
    assert len(locked) == len(requirement_lines) > 0
    assert [package for package, (_, hashes) in locked.items() if hashes == 0] == []


def test_the_site_is_built_with_the_versions_the_tests_ran_with() -> None:
    site, test = pins(LOCKS["site"]), pins(LOCKS["test"])
    assert set(site) <= set(test)
    assert {p: site[p][0] for p in site} == {p: test[p][0] for p in site}
