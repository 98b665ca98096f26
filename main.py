"""Launch the desktop app (``python main.py [--corpus DIR] [--lang ar|en]``)."""

import sys

from viewer.__main__ import main

if __name__ == "__main__":
    sys.exit(main(["gui", *sys.argv[1:]]))
