"""The shape every rule has, built-in or third-party.

A rule module defines one module-level ``RULE = Rule(...)`` and is registered
under the ``soplint.rules`` entry-point group as ``name = "package.module:RULE"``.
Its module docstring is its documentation (see ``soplint.docs`` for the fixed
headings). ``check(doc, graph, options)`` is a generator of ``Violation``; it
never reads YAML, never prints and never knows its configured severity.

Rules across SOPs (``stage="repository"``) run once after the last file:
their ``check(index, None, options)`` reads a ``soplint.repository.RepositoryIndex``
(keys and positions of every SOP's nomor, nama and keterkaitan) and yields
``(sop_number, Violation)`` pairs.

Rules of the Document family (``stage="load"``) are produced by the loader and
the schema stage; their modules still hold the metadata, messages and docs, so
that they are selected, ignored and documented like every other rule.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Literal, Mapping

from soplint.findings import Severity, Violation

if TYPE_CHECKING:  # imported for annotations only, to keep start-up cheap
    from soplint.graph import ProcedureGraph
    from soplint.model import SopDocument

Basis = Literal["REG", "REG-2", "REG / REG-2", "PRACTICE", "INFERRED", "REG examples", "—"]
Stage = Literal["load", "document", "repository", "engine"]
CheckFn = Callable[["SopDocument", "ProcedureGraph", Mapping[str, Any]], Iterable[Violation]]

#: Message catalogue: language -> message key -> ``str.format`` template.
Messages = Mapping[str, Mapping[str, str]]

LANGUAGES = ("id", "en")


def _no_check(doc: "SopDocument", graph: "ProcedureGraph", options: Mapping[str, Any]) -> Iterator[Violation]:
    """Rules of the load and engine stages are emitted by the engine itself."""
    return iter(())


@dataclass(frozen=True)
class Rule:
    name: str
    code: str
    severity: Severity
    basis: str
    messages: Messages
    check: CheckFn = _no_check
    #: Option defaults; ``options_schema`` is a JSON Schema for the options mapping.
    options: Mapping[str, Any] = field(default_factory=dict)
    options_schema: Mapping[str, Any] = field(default_factory=dict)
    stage: Stage = "document"
    #: Filled by the registry from the defining module's docstring.
    doc: str = ""
    #: True when the rule is off until configured (e.g. nomor-format needs a pattern).
    needs_config: bool = False

    def message(self, key: str, lang: str, args: Mapping[str, Any]) -> str:
        catalogue = self.messages.get(lang) or self.messages["id"]
        template = catalogue.get(key) or self.messages["id"].get(key)
        if template is None:
            raise KeyError(f"rule {self.name}: no message {key!r}")
        return template.format(**args)
