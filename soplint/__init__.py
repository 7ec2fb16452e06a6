"""soplint: compliance linter and auditor for Indonesian government SOPs (SOP-AP)."""

__version__ = "0.1.0"
