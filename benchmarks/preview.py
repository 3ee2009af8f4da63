"""How long `mkdocs serve` takes to show a saved change to one exercise, at 1,000 exercises.

    .venv/bin/python benchmarks/preview.py

Starts `mkdocs serve` on a synthetic catalogue (benchmarks/scale.py makes it), waits for the first
build, changes one cue of one exercise in exercises.toml and times until the served page shows it.
It does so for `make serve`'s dirty serve, which rebuilds only the pages whose files changed, and
for a full serve, which rebuilds every page, as a comparison measured in the same run. Figures
come from one run; other work on the machine shows in them.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale import make_project, synthetic_catalog

N = 1_000
TARGET_S = 2.0
OLD_CUE = "Unlock the knees slightly and keep that bend fixed for the whole set."  # the RDL's
CHANGED = "Unlock the knees a little, changed for the preview benchmark."
PAGE = "exercises/romanian-deadlift/"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return str(response.read().decode("utf-8"))
    except (urllib.error.URLError, OSError):
        return ""


def wait_for(url: str, text: str, timeout: float) -> float:
    """Seconds until the page at `url` holds `text`."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if text in fetch(url):
            return time.perf_counter() - start
        time.sleep(0.05)
    raise SystemExit(f"{url} did not show {text!r} within {timeout:.0f} s")


def preview_seconds(project: Path, *, dirty: bool) -> tuple[float, float]:
    """(first build, the change shown) in seconds, for one serve of `project`."""
    port = free_port()
    command = [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"]
    server = subprocess.Popen(
        [*command, *(["--dirty", "--no-strict"] if dirty else [])],
        cwd=project,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        url = f"http://127.0.0.1:{port}/exercise-guide/{PAGE}"
        first = wait_for(url, OLD_CUE, timeout=600)
        time.sleep(2)  # let the server settle after the first build
        source = project / "exercises.toml"
        text = source.read_text("utf-8")
        start = time.perf_counter()
        source.write_text(text.replace(OLD_CUE, CHANGED, 1), "utf-8")
        wait_for(url, CHANGED, timeout=600)
        shown = time.perf_counter() - start
        source.write_text(text, "utf-8")
        return first, shown
    finally:
        server.terminate()
        server.wait(timeout=30)


def main() -> None:
    text = synthetic_catalog(N)
    assert OLD_CUE in text
    with tempfile.TemporaryDirectory(prefix="preview-") as tmp:
        figures = {}
        for dirty in (True, False):
            project = make_project(Path(tmp) / f"site-{'dirty' if dirty else 'full'}", text)
            first, shown = preview_seconds(project, dirty=dirty)
            label = "dirty serve (make serve)" if dirty else "full serve"
            print(
                f"{label}: first build {first:.1f} s, a saved change shown in {shown:.2f} s",
                flush=True,
            )
            figures[dirty] = shown
    print(f"preview_s (N = {N}, dirty serve): {figures[True]:.2f}  target <= {TARGET_S}")
    print(f"preview_s / full-serve preview_s: {figures[True] / figures[False]:.2f}")


if __name__ == "__main__":
    main()
