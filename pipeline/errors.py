"""Errors the CLI reports as one clear line (file, line, problem) with exit status 1."""


class ClaimsError(Exception):
    """A user-facing error: bad input, a missing artifact, a busy output folder."""

    def __init__(self, message: str, path=None, line: int | None = None):
        self.path = str(path) if path is not None else None
        self.line = line
        super().__init__(message)

    def __str__(self) -> str:
        where = self.path or ""
        if where and self.line is not None:
            where += f":{self.line}"
        return f"{where}: {self.args[0]}" if where else str(self.args[0])


class LockedError(ClaimsError):
    """Another run holds the output folder."""


class Interrupted(ClaimsError):
    """Ctrl-C: the run stopped after the batches in flight; nothing was half-written."""
