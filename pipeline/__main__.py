"""``python -m pipeline`` (the ``claims`` command); Ctrl-C while it is still importing gets a
message, not a traceback."""

import sys


def main() -> None:
    try:
        from pipeline.cli import main as cli_main
    except KeyboardInterrupt:
        sys.stderr.write("interrupted while starting; nothing was changed\n")
        sys.exit(130)
    cli_main()


if __name__ == "__main__":
    main()
