"""Generated SOP documents, valid and subtly invalid, never crash soplint.

Each input ends in findings or none, never in an exception, a rule-error or a
position outside the file (see ``fuzz_support.check_input``).
"""

from __future__ import annotations

from hypothesis import given, strategies as st

from fuzz_support import check_input
from sop_strategies import sop_documents, sop_sources, to_yaml


@given(sop_sources())
def test_generated_sources_end_in_findings_never_in_a_crash(source: bytes) -> None:
    check_input(source)


@given(sop_documents(), st.sampled_from(["block", "flow", "json"]), st.sampled_from(["id", "en"]))
def test_generated_documents_in_every_style_and_language(data, style: str, lang: str) -> None:
    try:
        text = to_yaml(data, style)
    except Exception:  # the dumper refuses some values; that is the dumper's business
        return
    check_input(text.encode("utf-8"), lang=lang)


@given(sop_sources())
def test_walked_files_too(source: bytes) -> None:
    """A walked file that is not an SOP is passed over quietly, never crashes."""
    check_input(source, walked=True)
