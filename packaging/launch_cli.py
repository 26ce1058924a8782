"""Frozen entry of the console program ``ita`` (build.spec): the same ``ita_desktop.cli.main``
as the ``ita`` script of a source install."""

import sys

from ita_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
