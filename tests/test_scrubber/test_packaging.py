"""The package stands alone: Lookout for Metrics' model ships inside it.

Each check runs in a fresh process without ``AWS_DATA_PATH`` (the test
session sets it for its own boto3 clients), from a folder outside the
checkout, so only what the package itself holds is found.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "corpus" / "examples"


def _run(args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k != "AWS_DATA_PATH"}
    clean["PYTHONPATH"] = str(REPO)
    return subprocess.run(
        [sys.executable, *args], cwd=cwd, env={**clean, **env}, capture_output=True, text=True
    )


def test_lookoutmetrics_templates_are_checked_without_aws_data_path(tmp_path: Path) -> None:
    """scrub-check finds the packaged model: the Lookout for Metrics template is no error."""
    template = EXAMPLES / "cfn" / "lookoutmetrics-clean.yaml"
    done = _run(["-m", "scrubber", "--format", "json", str(template)], tmp_path)
    report = json.loads(done.stdout)
    assert (done.returncode, report["templates"], report["errors"]) == (0, 1, []), done.stderr


def test_add_models_lets_a_session_make_lookoutmetrics_clients(tmp_path: Path) -> None:
    """A plain botocore session, given the packaged models, makes the client."""
    code = (
        "import botocore.session\n"
        "from scrubber.service_models import add_models\n"
        "try:\n"
        "    botocore.session.get_session().create_client('lookoutmetrics', 'us-east-1')\n"
        "except Exception as e:\n"
        "    print('before:', type(e).__name__)\n"
        "s = add_models(botocore.session.get_session())\n"
        "c = s.create_client('lookoutmetrics', 'us-east-1')\n"
        "print('after:', c.meta.service_model.service_name)\n"
    )
    done = _run(["-c", code], tmp_path)
    assert done.stdout.split("\n")[:2] == ["before: UnknownServiceError", "after: lookoutmetrics"]


def test_aws_data_path_still_wins(tmp_path: Path) -> None:
    """A model of the same service under AWS_DATA_PATH is read instead of the packaged one."""
    packaged = REPO / "scrubber" / "data" / "models" / "lookoutmetrics" / "2017-07-25"
    folder = tmp_path / "models" / "lookoutmetrics" / "2017-07-25"
    folder.mkdir(parents=True)
    model = json.loads((packaged / "service-2.json").read_text())
    del model["operations"]["CreateAlert"]
    (folder / "service-2.json").write_text(json.dumps(model))
    code = (
        "from scrubber.service_models import service_model\n"
        "print('CreateAlert' in service_model('lookoutmetrics').operation_names)\n"
    )
    assert _run(["-c", code], tmp_path).stdout.strip() == "True"
    own = _run(["-c", code], tmp_path, AWS_DATA_PATH=str(tmp_path / "models"))
    assert own.stdout.strip() == "False", own.stderr
