"""Per-service calls for the hook's wire tests, drawn from ``planted_calls``.

moto implements few operations of forecast (dataset groups) and personalize
(schemas), so the calls sent to moto are ones it implements; the tests' own
server takes every planted call.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from wire_endpoints import MOTO_ACCOUNT, REGION
from wire_server import Answer, RecordingServer, error

from planted_calls import ACCOUNT, CALLS, CREDENTIAL_CALLS, Call, Planted

SCHEMA = json.dumps(
    {
        "type": "record",
        "name": "Interactions",
        "namespace": "com.amazonaws.personalize.schema",
        "fields": [
            {"name": "USER_ID", "type": "string"},
            {"name": "ITEM_ID", "type": "string"},
            {"name": "TIMESTAMP", "type": "long"},
        ],
        "version": "1.0",
    }
)


def find(calls: tuple[Call, ...], service: str, operation: str | None = None) -> Call:
    return next(c for c in calls if c.service == service and operation in (None, c.operation))


def planted(call: Call) -> list[str]:
    return [p.value for p in call.planted]


# A personal-data call per service that its loopback endpoint implements.
REDACT: dict[str, Call] = {
    "forecast": find(CALLS, "forecast", "CreateDatasetGroup"),
    "personalize": Call(
        "personalize",
        "CreateSchema",
        {"name": "emily-johnson-schema", "schema": SCHEMA},
        (Planted("name", "emily-johnson", "PERSON"),),
    ),
    "iot": find(CALLS, "iot", "CreateThing"),
    "iottwinmaker": find(CALLS, "iottwinmaker", "CreateWorkspace"),
    "lookoutmetrics": find(CALLS, "lookoutmetrics", "CreateAnomalyDetector"),
}

# A call holding a credential per service: refused in redact mode too.
CREDENTIAL: dict[str, Call] = {c.service: c for c in CREDENTIAL_CALLS}


# -- Create, then Describe by the same (sensitive) name ------------------------


def _arn(service: str, account: str, resource: str) -> str:
    return f"arn:aws:{service}:{REGION}:{account}:{resource}"


def _forecast(client: Any) -> tuple[str, str]:
    client.create_dataset_group(DatasetGroupName="maria_garcia_sales", Domain="RETAIL")
    arn = _arn("forecast", MOTO_ACCOUNT, "dataset-group/maria_garcia_sales")
    return "maria_garcia", client.describe_dataset_group(DatasetGroupArn=arn)["DatasetGroupName"]


def _personalize(client: Any) -> tuple[str, str]:
    client.create_schema(name="emily-johnson-schema", schema=SCHEMA)
    arn = _arn("personalize", MOTO_ACCOUNT, "schema/emily-johnson-schema")
    return "emily-johnson", client.describe_schema(schemaArn=arn)["schema"]["name"]


def _iot(client: Any) -> tuple[str, str]:
    client.create_thing(thingName="sensor-david-miller-01")
    return "david-miller", client.describe_thing(thingName="sensor-david-miller-01")["thingName"]


def _twinmaker(client: Any) -> tuple[str, str]:
    role = _arn("iam", ACCOUNT, "role/TwinMakerRole").replace(f":{REGION}:", "::")
    client.create_workspace(workspaceId="factory-james-brown", role=role)
    return "james-brown", client.get_workspace(workspaceId="factory-james-brown")["workspaceId"]


def _lookout(client: Any) -> tuple[str, str]:
    client.create_anomaly_detector(
        AnomalyDetectorName="robert-taylor-revenue",
        AnomalyDetectorConfig={"AnomalyDetectorFrequency": "PT1H"},
    )
    arn = _arn("lookoutmetrics", ACCOUNT, "AnomalyDetector:robert-taylor-revenue")
    found = client.describe_anomaly_detector(AnomalyDetectorArn=arn)
    return "robert-taylor", found["AnomalyDetectorName"]


CREATE_DESCRIBE: dict[str, Callable[[Any], tuple[str, str]]] = {
    "forecast": _forecast,
    "personalize": _personalize,
    "iot": _iot,
    "iottwinmaker": _twinmaker,
    "lookoutmetrics": _lookout,
}


def script_resources(server: RecordingServer) -> None:
    """Our server remembers what was created and finds it again only by the same name."""
    workspaces: set[str] = set()
    detectors: set[str] = set()

    def create_workspace(p: dict[str, Any]) -> Answer:
        workspaces.add(p["workspaceId"])
        return 200, {"arn": _arn("iottwinmaker", ACCOUNT, "workspace/x"), "creationDateTime": 0}

    def get_workspace(p: dict[str, Any]) -> Answer:
        if p["workspaceId"] not in workspaces:
            return error(404, "ResourceNotFoundException", "no such workspace")
        return 200, {"workspaceId": p["workspaceId"], "creationDateTime": 0, "updateDateTime": 0}

    def create_detector(p: dict[str, Any]) -> Answer:
        detectors.add(p["AnomalyDetectorName"])
        arn = _arn("lookoutmetrics", ACCOUNT, f"AnomalyDetector:{p['AnomalyDetectorName']}")
        return 200, {"AnomalyDetectorArn": arn}

    def describe_detector(p: dict[str, Any]) -> Answer:
        name = p["AnomalyDetectorArn"].rpartition(":")[2]
        if name not in detectors:
            return error(404, "ResourceNotFoundException", "no such detector")
        return 200, {"AnomalyDetectorName": name, "AnomalyDetectorArn": p["AnomalyDetectorArn"]}

    server.respond("iottwinmaker", "CreateWorkspace", create_workspace)
    server.respond("iottwinmaker", "GetWorkspace", get_workspace)
    server.respond("lookoutmetrics", "CreateAnomalyDetector", create_detector)
    server.respond("lookoutmetrics", "DescribeAnomalyDetector", describe_detector)


# -- Paginated list calls whose input holds a sensitive value --------------------


def paged(result_key: str, token_key: str, pages: int = 3) -> Callable[[dict[str, Any]], Answer]:
    """Answers ``pages`` pages, one item each, chained by ``token_key``."""

    def answer(p: dict[str, Any]) -> Answer:
        page = int(str(p.get(token_key, "page-1")).rpartition("-")[2])
        body: dict[str, Any] = {result_key: [{}]}
        if page < pages:
            body[token_key] = f"page-{page + 1}"
        return 200, body

    return answer


LISTS: dict[str, tuple[str, dict[str, Any], str, str, list[str]]] = {
    # service: (operation, params, result key, token key, planted values)
    "forecast": (
        "ListForecasts",
        {
            "Filters": [
                {
                    "Key": "DatasetGroupArn",
                    "Value": _arn("forecast", ACCOUNT, "dataset-group/maria_garcia_sales"),
                    "Condition": "IS",
                }
            ]
        },
        "Forecasts",
        "NextToken",
        ["maria_garcia"],
    ),
    "personalize": (
        "ListSolutions",
        {"datasetGroupArn": _arn("personalize", ACCOUNT, "dataset-group/emily-johnson-recs")},
        "solutions",
        "nextToken",
        ["emily-johnson"],
    ),
    "iottwinmaker": (
        "ListEntities",
        {"workspaceId": "factory-james-brown"},
        "entitySummaries",
        "nextToken",
        ["james-brown"],
    ),
    "lookoutmetrics": (
        "ListAlerts",
        {
            "AnomalyDetectorArn": _arn(
                "lookoutmetrics", ACCOUNT, "AnomalyDetector:robert-taylor-revenue"
            )
        },
        "AlertSummaryList",
        "NextToken",
        ["robert-taylor"],
    ),
}
