"""``python -m soplint``."""

from soplint.cli import entry

entry()
