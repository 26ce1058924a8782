"""Frozen entry of the windowed program ``ITA-Desktop`` (build.spec): the same ``ui.app.main``
as the ``ita-desktop`` script of a source install."""

import sys

from ui.app import main

if __name__ == "__main__":
    sys.exit(main())
