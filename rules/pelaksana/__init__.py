"""pelaksana rules."""

from soplint.registry import family_rules

RULES = family_rules(__name__)
