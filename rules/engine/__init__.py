"""The engine's own rules: what soplint says about the run itself."""

from soplint.registry import family_rules

RULES = family_rules(__name__)
