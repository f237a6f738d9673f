"""Start script of the frozen executables (insurup-desk and its console twin insurup-desk-debug)."""

import sys

from insurup_desk.app import main

if __name__ == "__main__":
    sys.exit(main())
