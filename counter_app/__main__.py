"""Run Counter with ``python -m counter_app``."""

import sys

from counter_app.cli import main

sys.exit(main())
