"""lifecycle rules: monitoring, evaluation and review dates (preset audit)."""

from soplint.registry import family_rules

RULES = family_rules(__name__)
