"""Checking one file: its documents become API payloads or CloudFormation templates.

A document is a CloudFormation template when it has ``Resources`` of typed
resources; otherwise plain API parameters when ``--service``/``--operation``
are given; otherwise a self-describing payload (``service``, ``operation``,
``params``; other keys, such as the corpus's labels, are allowed and ignored).
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scrubber.cli.claims import SELF_DESCRIBING, claims, claims_text
from scrubber.cli.inputs import Document, ItemError, Source, documents, read_source
from scrubber.cli.locate import Span, Step
from scrubber.engine import Scrubber
from scrubber.errors import InputError, NotTextError, SensitiveDataError, UnknownOperationError
from scrubber.findings import Finding
from scrubber.kinds import FieldKind
from scrubber.policy import Policy, PostureLevel
from scrubber.posture.kms import kms_findings
from scrubber.posture.templates import (
    ResourceKeyFinding,
    cloudformation_key_findings,
    terraform_key_findings,
)
from scrubber.producers import hcl_values as hcl
from scrubber.producers import terraform
from scrubber.producers.cfn_expand import Origin, expand, has_loops, origin_steps, shown_path
from scrubber.producers.cloudformation import check_template, is_template
from scrubber.producers.terraform import is_plan
from scrubber.service_models import operation_model

PAYLOAD, TEMPLATE, TERRAFORM = "payload", "cloudformation", "terraform"
NEITHER = "neither payload nor template"


@dataclass(frozen=True)
class Hit:
    """A finding with where it sits in its file."""

    finding: Finding
    span: Span | None
    resource_type: str | None = None
    # the file the value is written in, when not the unit's (a Terraform variable's default
    # in another file of the module)
    file: str | None = None


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
    # why the whole file was skipped (neither payload nor template), if it was
    skipped_because: str | None = None
    path: Path | None = None

    def one_problem(self) -> None:
        """At most one error line per file: the first, with how many more."""
        if len(self.problems) > 1:
            first, more = self.problems[0], len(self.problems) - 1
            internal = any(p.internal for p in self.problems)
            message = f"{first.message} (and {more} more in this file)"
            self.problems = [dataclasses.replace(first, message=message, internal=internal)]


@dataclass(frozen=True)
class Checker:
    scrubber: Scrubber
    service: str | None = None
    operation: str | None = None
    skip_unrecognized: bool = False
    fix: bool = False

    def check_file(self, path: Path, *, named: bool = True) -> FileResult:
        """Check one file. A file found in a folder (``named=False``), or any file with
        --skip-unrecognized, is skipped when it is neither payload nor template; a file
        named on the command line without it must be one."""
        result = self._check_file(path, lenient=self.skip_unrecognized or not named)
        result.path = path
        result.one_problem()
        return result

    def _check_file(self, path: Path, *, lenient: bool) -> FileResult:
        try:
            source = read_source(path)
        except NotTextError as exc:
            if lenient:
                return FileResult(None, [], skipped_because=str(exc))
            return FileResult(None, [], problems=[Problem(str(path), None, None, str(exc))])
        except InputError as exc:
            return FileResult(None, [], problems=[Problem(str(path), None, None, str(exc))])
        if source.format == "hcl":
            return self._terraform_file(source, lenient)
        try:
            docs = documents(source)
        except InputError as exc:
            if lenient and not claims_text(source.text):
                return FileResult(None, [], skipped_because=f"{NEITHER} ({exc})")
            return FileResult(None, [], problems=[Problem(str(path), None, None, str(exc))])
        result = self._check_documents(source, docs, lenient)
        if lenient and not result.units and not any(p.internal for p in result.problems):
            claimed = any(isinstance(d, Document) and claims(d.data) for d in docs)
            broken_records = any(isinstance(d, ItemError) for d in docs)
            if not claimed and not (broken_records and claims_text(source.text)):
                return FileResult(None, [], skipped_because=NEITHER)
        return result

    def _check_documents(
        self, source: Source, docs: list[Document | ItemError], lenient: bool
    ) -> FileResult:
        result = FileResult(source, docs)
        for position, doc in enumerate(docs):
            if isinstance(doc, ItemError):
                result.problems.append(Problem(source.name, doc.index, doc.line, doc.message))
                continue
            try:
                unit = self._check_document(doc, lenient)
            except (InputError, UnknownOperationError) as exc:
                # A model missing here (a service botocore cannot load).
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

    def _check_document(self, doc: Document, lenient: bool) -> Unit | None:
        data = doc.data
        if is_template(data) or (has_loops(data) and is_template(expand(data).template)):
            return self._template(doc, data)
        if claims(data) and isinstance(data.get("Resources"), dict):
            # A template with a malformed resource: checked, the resource reported.
            return self._template(doc, data)
        if is_plan(data):
            return self._plan(doc, data)
        if terraform.is_tf_json(doc.source.path.name, data):
            return self._plan(doc, data, terraform.check_tf_json(data, self.scrubber))
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
        if lenient and not claims(data):
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
            result = self.scrubber.scrub(
                params, service=service, operation=operation, mode=mode, policy=self._data_policy
            )
            findings = result.findings
            new_params = result.params
        except SensitiveDataError as exc:  # a blocked value: nothing can be redacted here
            findings, new_params, blocked = exc.findings, params, True
        # The key rule apart: a missing key must not stop --fix from redacting the data.
        findings += kms_findings(service, operation, params, self._kms())
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
        # Loops expanded and SAM's IoT rule events added first; findings in what they
        # generate are located at the loop (or event) in the file.
        expanded = expand(data)
        found, problems, resources = check_template(expanded.template, self.scrubber)
        problems = expanded.problems + problems
        generated = _Generated(expanded.origins, list(expanded.template.get("Resources") or ()))
        hits = [self._hit(doc, [], t.finding, t.resource_type, generated) for t in found]
        keys = cloudformation_key_findings(expanded.template, self._kms())
        hits += self._resource_hits(doc, keys, generated)
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

    def _terraform_file(self, source: Source, lenient: bool) -> FileResult:
        """A .tf file: its resources of the five services, with their module's variables."""
        result = FileResult(source, [])
        try:
            blocks = hcl.parse(source.text)
        except hcl.HclError as exc:
            if lenient and not terraform.claims(source.text):
                return FileResult(None, [], skipped_because=f"{NEITHER} (not HCL that can be read)")
            where = f" (line {exc.line})" if exc.line else ""
            result.problems.append(Problem(source.name, None, exc.line, f"not valid HCL{where}"))
            return result
        except Exception as exc:  # a construct our reader of the parse tree does not know
            if lenient and not terraform.claims(source.text):
                return FileResult(None, [], skipped_because=f"{NEITHER} (HCL not understood)")
            message = f"internal error ({type(exc).__name__}) reading HCL; please report it"
            result.problems.append(Problem(source.name, None, None, message, internal=True))
            return result
        try:
            return self._terraform_checked(source, blocks, result)
        except (InputError, UnknownOperationError) as exc:
            result.problems.append(Problem(source.name, None, None, str(exc)))
        except Exception as exc:  # a bug of ours: this file reported, the others still checked
            message = f"internal error ({type(exc).__name__}); please report it"
            result.problems.append(Problem(source.name, None, None, message, internal=True))
        return result

    def _terraform_checked(
        self, source: Source, blocks: list[hcl.Block], result: FileResult
    ) -> FileResult:
        module = terraform.module_of(source.path, blocks)
        found = terraform.check_tf(blocks, module, self.scrubber)
        found.findings += terraform.check_module_calls(source.path, blocks, self.scrubber).findings
        hits = [self._tf_hit(t) for t in found.findings]
        # A missing key is reported at its resource block's line.
        lines = {b.labels[:2]: b.body.pos.line for b in blocks if b.kind == "resource"}
        for k in terraform_key_findings(found.bodies, self._kms()):
            line = lines.get(k.resource_path[1:3])
            span = Span(line, 1, line, 1) if line else None
            hits.append(Hit(self._shown(k.finding), span, k.resource_type))
        unit = Unit(source.name, None, TERRAFORM, None, None, hits, resources=found.resources)
        result.units.append(unit)
        return result

    def _plan(
        self, doc: Document, data: dict[str, Any], found: terraform.TerraformResult | None = None
    ) -> Unit:
        """Terraform plan or state JSON (resolved values), or Terraform's JSON syntax:
        findings located by their path in the document."""
        found = found or terraform.check_plan(data, self.scrubber)
        hits = [self._hit(doc, [], t.finding, t.resource_type) for t in found.findings]
        for k in terraform_key_findings(found.bodies, self._kms()):
            hits.append(Hit(self._shown(k.finding), None, k.resource_type))
        return Unit(
            doc.source.name, doc.index, TERRAFORM, None, None, hits, doc.line, found.resources
        )

    def _tf_hit(self, t: terraform.TerraformFinding) -> Hit:
        span = Span(t.pos.line, t.pos.column, t.pos.line, t.pos.column) if t.pos else None
        file = str(t.file) if t.file is not None else None
        return Hit(self._shown(t.finding), span, t.resource_type, file)

    def _shown(self, f: Finding) -> Finding:
        return dataclasses.replace(f, path=self._shown_path(f.path))

    def _kms(self) -> PostureLevel:
        return self.scrubber.policy.posture.kms

    @functools.cached_property
    def _data_policy(self) -> Policy:
        """The scrubber's policy without the key rule, which is applied on its own."""
        policy = self.scrubber.policy
        return dataclasses.replace(policy, posture=dataclasses.replace(policy.posture, kms="off"))

    def _resource_hits(
        self, doc: Document, found: list[ResourceKeyFinding], generated: _Generated
    ) -> list[Hit]:
        """Posture findings about a resource, located at the resource (its logical ID),
        or at its loop for one a loop generated."""
        hits = []
        for r in found:
            try:
                *parents, last = r.resource_path
                steps: list[Step] = [*(("member", n) for n in parents), ("key", last)]
                span = doc.span(generated.steps(steps) or steps)
            except (ValueError, IndexError):
                span = None
            path = self._shown_path(generated.shown(r.finding.path))
            shown = dataclasses.replace(r.finding, path=path)
            hits.append(Hit(shown, span, r.resource_type))
        return hits

    def _hit(
        self,
        doc: Document,
        prefix: list[Step],
        f: Finding,
        resource_type: str | None = None,
        generated: _Generated | None = None,
    ) -> Hit:
        span = _span(doc, prefix, f, generated)  # located by positions, shown by a safe path
        shown = generated.shown(f.path) if generated is not None else f.path
        return Hit(dataclasses.replace(f, path=self._shown_path(shown)), span, resource_type)

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


@dataclass(frozen=True)
class _Generated:
    """Resources a template's loops and SAM events generated, and where each is written."""

    origins: dict[str, Origin]
    ids: list[str]  # the expanded template's logical IDs, for paths that show one by position

    def steps(self, steps: list[Step]) -> list[Step] | None:
        if not self.origins:
            return None
        return origin_steps(self.origins, steps, self._at)

    def shown(self, path: str) -> str:
        return shown_path(self.origins, path, self.ids) if self.origins else path

    def _at(self, position: int) -> str | None:
        return self.ids[position] if position < len(self.ids) else None


def _span(
    doc: Document, prefix: list[Step], f: Finding, generated: _Generated | None = None
) -> Span | None:
    try:
        steps = prefix + list(f.location)
        original = generated.steps(steps) if generated is not None else None
        return doc.span(original if original is not None else steps)
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
