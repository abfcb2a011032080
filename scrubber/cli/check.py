"""Checking one file: its documents become API payloads or CloudFormation templates.

A document is a CloudFormation template when it has ``Resources`` of typed
resources; otherwise plain API parameters when ``--service``/``--operation``
are given; otherwise a self-describing payload (``service``, ``operation``,
``params``; other keys, such as the corpus's labels, are allowed and ignored).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scrubber.cli.inputs import Document, ItemError, Source, documents, read_source
from scrubber.cli.locate import Span, Step
from scrubber.engine import Scrubber
from scrubber.errors import InputError, SensitiveDataError, UnknownOperationError
from scrubber.findings import Finding
from scrubber.kinds import FieldKind
from scrubber.producers.cloudformation import check_template, is_template
from scrubber.service_models import operation_model

PAYLOAD, TEMPLATE = "payload", "cloudformation"
SELF_DESCRIBING = ("service", "operation", "params")


@dataclass(frozen=True)
class Hit:
    """A finding with where it sits in its file."""

    finding: Finding
    span: Span | None
    resource_type: str | None = None


@dataclass
class Unit:
    """One checked payload or template."""

    file: str
    index: int | None
    kind: str  # PAYLOAD or TEMPLATE
    service: str | None
    operation: str | None
    hits: list[Hit]
    line: int | None = None
    resources: int = 0  # templates: resources of the covered services
    problems: list[str] = field(default_factory=list)  # templates: malformed parts
    # With --fix: the document to write in its place (params, or a whole
    # self-describing payload), when anything was redacted.
    redacted: dict[str, Any] | None = field(default=None, repr=False)
    written: bool = False  # --fix --in-place replaced it in its file

    @property
    def where(self) -> str:
        return self.file if self.index is None else f"{self.file}#{self.index}"


@dataclass(frozen=True)
class Problem:
    """A file or item that could not be checked (``internal``: our fault, exit 3)."""

    file: str
    index: int | None
    line: int | None
    message: str
    internal: bool = False


@dataclass
class FileResult:
    source: Source | None
    docs: list[Document | ItemError]
    units: list[Unit] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    skipped: int = 0
    # documents (by position in docs) -> the units checked in them
    unit_of: dict[int, Unit] = field(default_factory=dict)


@dataclass(frozen=True)
class Checker:
    scrubber: Scrubber
    service: str | None = None
    operation: str | None = None
    skip_unrecognized: bool = False
    fix: bool = False

    def check_file(self, path: Path) -> FileResult:
        try:
            source = read_source(path)
            docs = documents(source)
        except InputError as exc:
            return FileResult(None, [], problems=[Problem(str(path), None, None, str(exc))])
        result = FileResult(source, docs)
        for position, doc in enumerate(docs):
            if isinstance(doc, ItemError):
                result.problems.append(Problem(source.name, doc.index, doc.line, doc.message))
                continue
            try:
                unit = self._check_document(doc)
            except (InputError, UnknownOperationError) as exc:
                # A model missing here (Lookout for Metrics without AWS_DATA_PATH).
                result.problems.append(Problem(source.name, doc.index, doc.line, str(exc)))
                continue
            except Exception as exc:  # a bug of ours: report it, keep checking the rest
                message = f"internal error ({type(exc).__name__}); please report it"
                result.problems.append(
                    Problem(source.name, doc.index, doc.line, message, internal=True)
                )
                continue
            if unit is None:
                result.skipped += 1
                continue
            result.units.append(unit)
            result.unit_of[position] = unit
            for message in unit.problems:
                result.problems.append(Problem(source.name, doc.index, doc.line, message))
        return result

    def _check_document(self, doc: Document) -> Unit | None:
        data = doc.data
        if is_template(data):
            return self._template(doc, data)
        if self.service and self.operation:
            if not isinstance(data, dict):
                raise InputError("expected a JSON object of parameters")
            return self._payload(doc, self.service, self.operation, data)
        if isinstance(data, dict) and set(SELF_DESCRIBING) <= set(data):
            service, operation, params = data["service"], data["operation"], data["params"]
            if not (isinstance(service, str) and isinstance(operation, str)):
                raise InputError('"service" and "operation" must be strings')
            if not isinstance(params, dict):
                raise InputError('"params" must be an object of API parameters')
            return self._payload(doc, service, operation, params, self_describing=data)
        if self.skip_unrecognized:
            return None
        if not isinstance(data, dict):
            raise InputError("expected a JSON object of parameters")
        raise InputError(
            'not a self-describing payload ({"service", "operation", "params"}) '
            "nor a CloudFormation template; give --service and --operation for "
            "plain parameter files"
        )

    def _payload(
        self,
        doc: Document,
        service: str,
        operation: str,
        params: dict[str, Any],
        *,
        self_describing: dict[str, Any] | None = None,
    ) -> Unit:
        """Check one call's params; in a self-describing payload, its other keys
        (notes, labels) too, as free text: they are not sent, but they are in
        the file, and --fix writes them out."""
        operation = normalize_operation(operation)
        problem = operation_problem(service, operation)
        if problem:
            raise InputError(problem)
        mode = "redact" if self.fix else "report"
        prefix: list[Step] = [("member", "params")] if self_describing is not None else []
        # The other keys, with the three known ones emptied: positions in paths
        # ({#n} for a key that is data) are then the document's own.
        rest = {
            k: ({} if k == "params" else "") if k in SELF_DESCRIBING else v
            for k, v in (self_describing or {}).items()
        }
        hits: list[Hit] = []
        blocked = False
        try:
            result = self.scrubber.scrub(params, service=service, operation=operation, mode=mode)
            findings = result.findings
            new_params = result.params
        except SensitiveDataError as exc:  # a blocked value: nothing can be redacted here
            findings, new_params, blocked = exc.findings, params, True
        hits += [self._hit(doc, prefix, f) for f in findings]
        new_rest = rest
        if self_describing is not None and len(rest) > len(SELF_DESCRIBING):
            try:
                other = self.scrubber.scrub_document(rest, mode=mode)
                findings, new_rest = other.findings, other.params
            except SensitiveDataError as exc:
                findings, blocked = exc.findings, True
            hits += [self._hit(doc, [], f) for f in findings]
        redacted: dict[str, Any] | None = None
        if self.fix and not blocked and (new_params != params or new_rest != rest):
            if self_describing is None:
                redacted = new_params
            else:
                known = {**self_describing, "params": new_params}
                # The three known keys are not data: kept, in their places.
                redacted = {k: known[k] if k in SELF_DESCRIBING else v for k, v in new_rest.items()}
        return Unit(
            doc.source.name,
            doc.index,
            PAYLOAD,
            service,
            operation_model(service, operation).name,
            hits,
            line=doc.line,
            redacted=redacted,
        )

    def _template(self, doc: Document, data: dict[str, Any]) -> Unit:
        found, problems, resources = check_template(data, self.scrubber)
        hits = [self._hit(doc, [], t.finding, t.resource_type) for t in found]
        return Unit(
            doc.source.name,
            doc.index,
            TEMPLATE,
            None,
            None,
            hits,
            line=doc.line,
            resources=resources,
            problems=[f"CloudFormation template: {p}" for p in problems],
        )

    def _hit(
        self, doc: Document, prefix: list[Step], f: Finding, resource_type: str | None = None
    ) -> Hit:
        span = _span(doc, prefix, f)  # located by positions, shown by a safe path
        return Hit(dataclasses.replace(f, path=self._shown_path(f.path)), span, resource_type)

    def _shown_path(self, path: str) -> str:
        """The path, with any data in it replaced by its entity type.

        A safety net: a member the API does not know is named in paths as it is
        written (the engine shows only map keys by position), and it may be data.
        """
        found = self.scrubber.scan_text(path, FieldKind.FREE_TEXT)
        parts, last = [], 0
        for f in sorted(found, key=lambda f: f.start):
            if f.start >= last:
                parts += [path[last : f.start], f"<{f.entity_type}>"]
                last = f.end
        return "".join(parts) + path[last:]


def _span(doc: Document, prefix: list[Step], f: Finding) -> Span | None:
    try:
        return doc.span(prefix + list(f.location))
    except (ValueError, IndexError):
        return None


def normalize_operation(operation: str) -> str:
    """The AWS CLI's ``create-dataset-group`` is botocore's ``create_dataset_group``."""
    return operation.replace("-", "_") if "-" in operation else operation


def operation_problem(service: str, operation: str) -> str | None:
    """Why a service/operation pair cannot be checked, or None (never echoes the names)."""
    try:
        operation_model(service, operation)
        return None
    except UnknownOperationError as exc:
        return str(exc)
