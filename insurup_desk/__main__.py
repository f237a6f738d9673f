import sys

from insurup_desk.app import main

sys.exit(main())
