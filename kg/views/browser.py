"""Open a view in headless Chromium and report what happened: errors, requests, counts, timing.

Chromium is driven over the DevTools protocol on a pipe (``--remote-debugging-pipe``:
the browser reads commands on file descriptor 3 and writes replies on 4, each a
JSON text ending in a NUL byte), so nothing listens on a port and no package
beyond the standard library is needed. The browser runs with background
networking, sync and component updates off and a throwaway profile. Used by the
browser test and the view benchmark; ``inspect_view`` also gives a screenshot.
"""

from __future__ import annotations

import base64
import json
import os
import queue
import shutil
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
CHROMIUM_VARIABLE = "DIPLO_KG_CHROMIUM"
"""An environment variable naming the browser to use, when it is not on the PATH."""
CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--no-default-browser-check", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--disable-extensions", "--disable-dev-shm-usage", "--hide-scrollbars",
    "--mute-audio", "--remote-debugging-pipe",
)
COMMAND_TIMEOUT = 60.0
"""Seconds to wait for the browser's reply to one command."""

WATCH_PAGE = """
window.__diploKgDialogs = [];
window.__diploKgViolations = [];
["alert", "confirm", "prompt"].forEach(function (name) {
  window[name] = function (message) { window.__diploKgDialogs.push(name + ": " + String(message)); };
});
document.addEventListener("securitypolicyviolation", function (event) {
  window.__diploKgViolations.push(event.violatedDirective + " " + event.blockedURI);
});
"""
"""Runs before any script of the page: records dialogs instead of showing them, and CSP violations."""

READ_VIEW = """
window.diploKg.ready.then(function (settledAt) {
  var api = window.diploKg;
  return new Promise(function (resolve) {
    requestAnimationFrame(function () { requestAnimationFrame(function () {
      resolve({
        settledAt: settledAt,
        nodes: api.nodes ? api.nodes.length : 0,
        edges: api.edges ? api.edges.length : 0
      });
    }); });
  });
})
"""
"""Waits until the view has settled and one more frame is drawn, then reads its figures."""

READ_WATCH = "({dialogs: window.__diploKgDialogs, violations: window.__diploKgViolations})"
"""What ``WATCH_PAGE`` recorded."""


class BrowserError(RuntimeError):
    """Chromium is missing, would not start, or did not answer."""


def find_chromium() -> str | None:
    """The Chromium to run: ``$DIPLO_KG_CHROMIUM``, else the first of ``CHROMIUM_NAMES`` on the PATH."""
    named = os.environ.get(CHROMIUM_VARIABLE)
    if named:
        return named if Path(named).exists() else shutil.which(named)
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


@dataclass
class ViewReport:
    """What a view did in the browser."""

    url: str
    settled_ms: float
    """Milliseconds from the start of navigation until the layout settled."""
    nodes: int
    edges: int
    requests: list[str] = field(default_factory=list)
    """The URL of every request the page made, its own file included."""
    errors: list[str] = field(default_factory=list)
    """Console errors, uncaught exceptions and browser log errors."""
    dialogs: list[str] = field(default_factory=list)
    """Calls to alert, confirm or prompt: any is a script that should not have run."""
    violations: list[str] = field(default_factory=list)
    """Content-Security-Policy violations."""
    screenshot: bytes = b""
    """A PNG of the page as it settled."""
    probe: Any = None
    """The value of the ``probe`` expression, evaluated in the settled page before the screenshot."""

    @property
    def remote_requests(self) -> list[str]:
        """Requests for anything but the page's own file and inline data."""
        return [url for url in self.requests if not url.startswith(("file:", "data:"))]


class Chromium:
    """A headless Chromium, one per ``with`` block, driven over the DevTools pipe.

    Examples
    --------
    >>> with Chromium() as browser:                      # doctest: +SKIP
    ...     report = browser.inspect("view.html")
    """

    def __init__(self, executable: str | None = None, *, width: int = 1280, height: int = 800) -> None:
        found = executable or find_chromium()
        if found is None:
            raise BrowserError(f"no Chromium found: install it (Debian: apt-get install chromium) "
                               f"or name it in ${CHROMIUM_VARIABLE}")
        self.executable = found
        self.width, self.height = width, height
        self._messages: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self._events: list[dict[str, Any]] = []
        self._next_id = 0
        self._profile: tempfile.TemporaryDirectory[str] | None = None
        self._process: subprocess.Popen[bytes] | None = None
        self._to_browser = -1

    def __enter__(self) -> Chromium:
        self._profile = tempfile.TemporaryDirectory(prefix="diplo-kg-chromium-")
        commands_read, commands_write = os.pipe()
        replies_read, replies_write = os.pipe()

        def onto_descriptors_3_and_4() -> None:
            commands, replies = os.dup(commands_read), os.dup(replies_write)
            os.dup2(commands, 3)
            os.dup2(replies, 4)

        arguments = [self.executable, *CHROMIUM_FLAGS, f"--user-data-dir={self._profile.name}",
                     f"--window-size={self.width},{self.height}", "about:blank"]
        try:
            self._process = subprocess.Popen(arguments, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                             stderr=subprocess.DEVNULL, pass_fds=(3, 4),
                                             preexec_fn=onto_descriptors_3_and_4)
        except OSError as error:
            raise BrowserError(f"could not start {self.executable}: {error}") from error
        finally:
            os.close(commands_read)
            os.close(replies_write)
        self._to_browser = commands_write
        threading.Thread(target=self._read, args=(replies_read,), daemon=True).start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Ask the browser to quit, and end it if it does not within a few seconds."""
        if self._process is not None:
            try:
                self._send("Browser.close", {}, None)
                self._process.wait(timeout=10)
            except (OSError, subprocess.TimeoutExpired):
                self._process.kill()
                self._process.wait()
            self._process = None
        if self._to_browser >= 0:
            os.close(self._to_browser)
            self._to_browser = -1
        if self._profile is not None:
            self._profile.cleanup()
            self._profile = None

    def _read(self, descriptor: int) -> None:
        """Split the browser's output into messages; None marks the end of the pipe."""
        pending = b""
        with os.fdopen(descriptor, "rb", buffering=0) as stream:
            while chunk := stream.read(1 << 16):
                pending += chunk
                *complete, pending = pending.split(b"\0")
                for message in complete:
                    self._messages.put(json.loads(message))
        self._messages.put(None)

    def _send(self, method: str, params: dict[str, Any], session: str | None) -> int:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
        if session is not None:
            message["sessionId"] = session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        return self._next_id

    def command(self, method: str, params: dict[str, Any] | None = None, *,
                session: str | None = None, timeout: float = COMMAND_TIMEOUT) -> dict[str, Any]:
        """Send one DevTools command and return its result; events that arrive meanwhile are kept."""
        waiting_for = self._send(method, params or {}, session)
        deadline = time.monotonic() + timeout
        while True:
            message = self._next_message(deadline, method)
            if message.get("id") == waiting_for:
                if "error" in message:
                    raise BrowserError(f"{method} failed: {message['error'].get('message')}")
                return message.get("result", {})
            if "method" in message:
                self._events.append(message)

    def _next_message(self, deadline: float, waiting_for: str) -> dict[str, Any]:
        try:
            message = self._messages.get(timeout=max(deadline - time.monotonic(), 0.0))
        except queue.Empty:
            raise BrowserError(f"Chromium did not answer {waiting_for} in time") from None
        if message is None:
            raise BrowserError(f"Chromium closed the pipe while waiting for {waiting_for}")
        return message

    def wait_for_event(self, method: str, session: str, *, timeout: float = COMMAND_TIMEOUT) -> None:
        """Wait until the page sends the event ``method`` (e.g. ``Page.loadEventFired``)."""
        if any(event["method"] == method and event.get("sessionId") == session for event in self._events):
            return
        deadline = time.monotonic() + timeout
        while True:
            message = self._next_message(deadline, method)
            if "method" in message:
                self._events.append(message)
                if message["method"] == method and message.get("sessionId") == session:
                    return

    def inspect(self, page: str | Path, *, probe: str | None = None,
                timeout: float = COMMAND_TIMEOUT) -> ViewReport:
        """Open a view file in a fresh tab, wait until it settles, and report on it.

        ``probe``, a JavaScript expression, runs in the page once it has settled
        and before the screenshot; its JSON value (promises awaited) is the
        report's ``probe``.
        """
        url = Path(page).resolve().as_uri()
        self._events.clear()
        target = self.command("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.command("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.command(f"{domain}.enable", session=session)
        self.command("Emulation.setDeviceMetricsOverride", {"width": self.width, "height": self.height,
                                                            "deviceScaleFactor": 1, "mobile": False},
                     session=session)
        self.command("Page.addScriptToEvaluateOnNewDocument", {"source": WATCH_PAGE}, session=session)
        self._events.clear()
        self.command("Page.navigate", {"url": url}, session=session)
        self.wait_for_event("Page.loadEventFired", session, timeout=timeout)
        value = self._evaluate(READ_VIEW, session, timeout)
        report = ViewReport(url=url, settled_ms=float(value["settledAt"]), nodes=int(value["nodes"]),
                            edges=int(value["edges"]))
        if probe is not None:
            report.probe = self._evaluate(probe, session, timeout)
        watched = self._evaluate(READ_WATCH, session, timeout)
        report.dialogs, report.violations = list(watched["dialogs"]), list(watched["violations"])
        shot = self.command("Page.captureScreenshot", {"format": "png"}, session=session)
        report.screenshot = base64.b64decode(shot["data"])
        self._collect(report, session)
        self.command("Target.closeTarget", {"targetId": target})
        return report

    def _evaluate(self, expression: str, session: str, timeout: float) -> Any:
        """The JSON value of an expression in the page, its promise awaited."""
        reply = self.command("Runtime.evaluate", {"expression": expression, "awaitPromise": True,
                                                  "returnByValue": True}, session=session, timeout=timeout)
        if "exceptionDetails" in reply:
            details = reply["exceptionDetails"]
            raise BrowserError("a script in the view failed: "
                               + (details.get("exception", {}).get("description") or details.get("text", "")))
        return reply["result"].get("value")

    def _collect(self, report: ViewReport, session: str) -> None:
        """Fill the report's requests and errors from the events the page sent."""
        for event in self._events:
            if event.get("sessionId") != session:
                continue
            params = event.get("params", {})
            if event["method"] == "Network.requestWillBeSent":
                report.requests.append(params["request"]["url"])
            elif event["method"] == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                report.errors.append(" ".join(str(arg.get("value", arg.get("description", "")))
                                              for arg in params.get("args", [])))
            elif event["method"] == "Runtime.exceptionThrown":
                details = params.get("exceptionDetails", {})
                report.errors.append(details.get("exception", {}).get("description")
                                     or details.get("text", "uncaught exception"))
            elif event["method"] == "Log.entryAdded" and params["entry"].get("level") == "error":
                report.errors.append(params["entry"].get("text", "browser error"))
            elif event["method"] == "Page.javascriptDialogOpening":
                report.dialogs.append(params.get("message", ""))


def inspect_view(page: str | Path, *, probe: str | None = None, executable: str | None = None,
                 timeout: float = COMMAND_TIMEOUT, width: int = 1280, height: int = 800) -> ViewReport:
    """Open one view file in a fresh headless Chromium and report on it.

    Parameters
    ----------
    page : str or Path
        An HTML file written by ``kg.views`` (it must expose ``window.diploKg``).
    executable : str, optional
        The browser; ``find_chromium()`` when omitted.
    probe : str, optional
        JavaScript to run once the page has settled; its value is ``report.probe``.
    timeout : float
        Seconds to wait for the page to load and settle.
    width, height : int
        The window, and so the screenshot, in pixels.

    Examples
    --------
    >>> report = inspect_view("view.html")               # doctest: +SKIP
    >>> report.remote_requests, report.errors, report.dialogs
    ([], [], [])
    """
    with Chromium(executable, width=width, height=height) as browser:
        return browser.inspect(page, probe=probe, timeout=timeout)
