"""Repository rules: checks across all the SOPs of one run."""

from soplint.registry import family_rules

RULES = family_rules(__name__)
