"""The MkDocs adapter's sheet printer: blank program sheets printed to PDF in another process while
MkDocs converts the pages, each reprinted only when its HTML changed (a `mkdocs serve` rebuild)."""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING

from generator.engines.pdf import html_to_pdf_in_a_process

if TYPE_CHECKING:
    from collections.abc import Mapping


class SheetPrinter:
    def __init__(self) -> None:
        self._printed: dict[str, bytes] = {}  # sheet HTML -> its PDF, from the last build
        self._printing: dict[str, tuple[str, Future[bytes]]] = {}  # path -> (HTML, its PDF)
        self._executor: ThreadPoolExecutor | None = None

    @property
    def paths(self) -> list[str]:
        """The paths of the sheets being printed, in the order they were given."""
        return list(self._printing)

    def start(self, sheets: Mapping[str, str]) -> None:
        """Start printing each sheet (path -> HTML); one printed before with the same HTML is reused."""
        self.stop()
        self._printing = {path: (html, self._print(html)) for path, html in sheets.items()}

    def finish(self) -> dict[str, bytes]:
        """Each sheet's PDF by its path, once printed. Raises what printing raised (PrintError,
        or subprocess.TimeoutExpired for a printer that hangs)."""
        try:
            done = {
                path: (html, future.result()) for path, (html, future) in self._printing.items()
            }
        finally:
            self.stop()
        self._printed = {html: pdf for html, pdf in done.values()}
        return {path: pdf for path, (_, pdf) in done.items()}

    def stop(self) -> None:
        """Forget the sheets under way and cancel what has not started printing."""
        self._printing = {}
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None

    def _print(self, html: str) -> Future[bytes]:
        future: Future[bytes]
        if html in self._printed:
            future = Future()
            future.set_result(self._printed[html])
            return future
        if self._executor is None:
            # One sheet at a time, on the core MkDocs leaves idle; the thread only waits for the process.
            self._executor = ThreadPoolExecutor(
                max_workers=1, thread_name_prefix="exercise-guide-print"
            )
        return self._executor.submit(html_to_pdf_in_a_process, html)
