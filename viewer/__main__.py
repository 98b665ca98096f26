"""Command-line entry: ``python -m viewer {gui,extract,screenshot,bench,export}``.

Sub-commands import their modules lazily so ``extract`` and ``bench`` never
load Qt, and the GUI starts without importing the benchmark.
"""

from __future__ import annotations

import sys

COMMANDS = {
    "gui": ("viewer.ui.app", "main"),
    "extract": ("viewer.cli.extract", "main"),
    "screenshot": ("viewer.ui.screenshot", "main"),
    "bench": ("viewer.bench.run", "main"),
    "export": ("viewer.cli.export", "main"),
}

USAGE = "usage: python -m viewer {gui,extract,screenshot,bench,export} [options]  (python -m viewer CMD --help)"


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in ("-h", "--help"):
        print(USAGE)
        return 0 if argv else 2
    cmd, rest = argv[0], argv[1:]
    if cmd not in COMMANDS:
        print(f"unknown command: {cmd}\n{USAGE}", file=sys.stderr)
        return 2
    import importlib

    module_name, func = COMMANDS[cmd]
    module = importlib.import_module(module_name)
    return int(getattr(module, func)(rest) or 0)


if __name__ == "__main__":
    sys.exit(main())
