"""Where things are in a lesson's text, and the problems found there (part of :mod:`latentlab.core.lessons`).

Every problem carries the file and line it refers to; the locator finds the line of a step's
key (or of a key inside a step's sub-table) in the TOML text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

# ---------------------------------------------------------------------------------------
# problems


@dataclass(frozen=True)
class LessonProblem:
    """One thing wrong with a lesson file.

    Attributes
    ----------
    file : str
        The file as it was named (or ``"<string>"`` for text).
    line : int
        1-based line the problem is on; 0 when it concerns the whole file (e.g. not found).
    message : str
        What is wrong, in plain words, starting with ``"step N: "`` for step problems.
    """

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        # "file:line: message" is what editors and CI problem matchers recognise.
        if self.line:
            return f"{self.file}:{self.line}: {self.message}"
        return f"{self.file}: {self.message}"


class LessonError(ValueError):
    """A lesson cannot be used; ``problems`` lists everything found, ``str()`` one per line.

    Parameters
    ----------
    problems : list of LessonProblem
        Everything wrong with the lesson (at least one).
    """

    def __init__(self, problems: Iterable[LessonProblem]) -> None:
        self.problems = list(problems)
        # The list itself is the only argument so that pickling (worker processes) keeps it.
        super().__init__(self.problems)

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)


# ---------------------------------------------------------------------------------------
# where things are in the text


_TABLE_HEADER = re.compile(r"""^\s*(\[\[?)\s*([^\[\]#]+?)\s*\]\]?\s*(?:#.*)?$""")


def _header_name(raw: str) -> str:
    # `[[ "steps" ]]` and `[steps . path]` are legal spellings of the same headers.
    return ".".join(part.strip().strip("\"'") for part in raw.split("."))


class _Locator:
    """Best-effort line numbers for keys, found by scanning the text (tomllib gives none)."""

    def __init__(self, text: str) -> None:
        # TOML lines end at LF only (CRLF is LF with a CR before it); str.splitlines would also
        # split at form feeds and other characters that are legal inside strings.
        raw_lines = text.split("\n")
        self.n_lines = max(1, len(raw_lines) - (1 if text.endswith("\n") else 0))
        self.visible: list[tuple[int, str]] = []  # lines that are not inside multi-line strings
        in_string: str | None = None
        for n, line in enumerate(raw_lines, 1):
            if in_string is None:
                self.visible.append((n, line.rstrip("\r")))
            pos = 0
            while True:  # follow the """ / ''' delimiters so string bodies are never matched
                if in_string is None:
                    found = [(line.find(d, pos), d) for d in ('"""', "'''")]
                    found = [(i, d) for i, d in found if i >= 0]
                    if not found:
                        break
                    i, in_string = min(found)
                    pos = i + 3
                else:
                    i = line.find(in_string, pos)
                    if i < 0:
                        break
                    in_string, pos = None, i + 3
        # Section boundaries: the [[steps]] headers, and any other table header, which ends
        # the step before it unless it is a sub-table of the step ([steps.path]).
        self.step_starts: list[int] = []
        self.step_ends: list[int] = []
        self.subtables: list[tuple[int, str]] = []  # (line, "path") for [steps.path]
        self.top_end = self.n_lines + 1
        for n, line in self.visible:
            m = _TABLE_HEADER.match(line)
            if not m:
                continue
            name = _header_name(m.group(2))
            if m.group(1) == "[[" and name == "steps":
                if len(self.step_ends) < len(self.step_starts):
                    self.step_ends.append(n)
                self.step_starts.append(n)
            elif name.startswith("steps.") and len(self.step_ends) < len(self.step_starts):
                self.subtables.append((n, name[len("steps."):]))
            elif len(self.step_ends) < len(self.step_starts):
                self.step_ends.append(n)
            self.top_end = min(self.top_end, n)
        while len(self.step_ends) < len(self.step_starts):
            self.step_ends.append(self.n_lines + 1)

    def _find(self, key: str, start: int, end: int, anywhere: bool = False) -> int | None:
        k = re.escape(key)
        patterns = [rf"""^\s*["']?{k}["']?\s*=""", rf"""^\s*[\w"'.\- ]*\.\s*["']?{k}["']?\s*="""]
        if anywhere:  # inside an inline table: `path = { seeds = [1, 2] }`
            patterns.append(rf"""[{{,\s]["']?{k}["']?\s*=""")
        for pattern in patterns:
            rx = re.compile(pattern)
            for n, line in self.visible:
                if start <= n < end and rx.search(line):
                    return n
        return None

    def top(self, key: str | None = None) -> int:
        """Line of a top-level key, else 1."""
        if key is not None:
            found = self._find(key, 1, self.top_end)
            if found:
                return found
        return 1

    def step(self, index: int, key: str | None = None, sub: str | None = None) -> int:
        """Line of ``key`` (and its sub-key ``sub``) in step ``index``, else the step's header."""
        if index >= len(self.step_starts):  # steps written as an inline array, not [[steps]]
            return self.top("steps")
        start, end = self.step_starts[index], self.step_ends[index]
        if key is None:
            return start
        if sub is not None:
            for n, name in self.subtables:
                if start < n < end and name == key:
                    following = [m for m, _ in self.subtables if m > n] + [end]
                    found = self._find(sub, n + 1, min(following))
                    if found:
                        return found
            parent = self._find(key, start + 1, end)
            if parent:
                return self._find(sub, parent, end, anywhere=True) or parent
            return self._find(sub, start + 1, end) or start
        found = self._find(key, start + 1, end)
        if found:
            return found
        # A sub-table written with its own header: [steps.path]
        return next((n for n, name in self.subtables if start < n < end and name == key), start)


class _Reporter:
    """Collects problems with their lines (lines are 0 when there is no text to point into)."""

    def __init__(self, file: str, text: str | None) -> None:
        self.file = file
        self.locator = _Locator(text) if text is not None else None
        self.problems: list[LessonProblem] = []

    def add(self, line: int, message: str) -> None:
        self.problems.append(LessonProblem(self.file, line, message))

    def top(self, message: str, key: str | None = None) -> None:
        self.add(self.locator.top(key) if self.locator else 0, message)

    def step(self, index: int, message: str, key: str | None = None, sub: str | None = None) -> None:
        line = self.locator.step(index, key, sub) if self.locator else 0
        self.add(line, f"step {index + 1}: {message}")

