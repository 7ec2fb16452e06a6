"""Hypothesis profiles for the fuzz tests.

``ci`` (the default): a bounded, derandomized run, so that CI stays under two
minutes and any failure it prints reproduces exactly on a developer's machine.
``long``: many random examples, for ``long_run.py`` and for local runs with
``SOPLINT_FUZZ_PROFILE=long python -m pytest tests/fuzz``.
"""

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=int(os.environ.get("SOPLINT_FUZZ_EXAMPLES", "150")),
    derandomize=True,
    deadline=None,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
settings.register_profile(
    "long",
    max_examples=int(os.environ.get("SOPLINT_FUZZ_EXAMPLES", "20000")),
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
settings.load_profile(os.environ.get("SOPLINT_FUZZ_PROFILE", "ci"))
