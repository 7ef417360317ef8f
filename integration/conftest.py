"""Integration tests: they need packages the test suite does not (the dev extras), and run
from .ci/run. ``BOUNCECODES_FUZZ_EXAMPLES`` sets how long the hypothesis campaign runs."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "campaign",
    max_examples=int(os.environ.get("BOUNCECODES_FUZZ_EXAMPLES", "2000")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=False,
    print_blob=True,
)
settings.load_profile("campaign")
