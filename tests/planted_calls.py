"""Valid calls to the five services, with sensitive values planted in them.

Each value is valid for its field (the service checks pattern, min and max),
so a redacted call is one the service would otherwise accept.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

ACCOUNT = "111122223333"
DETECTOR = f"arn:aws:lookoutmetrics:us-east-1:{ACCOUNT}:AnomalyDetector"
JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJl"


@dataclass(frozen=True)
class Planted:
    path: str
    value: str
    entity: str


@dataclass(frozen=True)
class Call:
    service: str
    operation: str
    params: dict[str, Any]
    planted: tuple[Planted, ...]


CALLS: tuple[Call, ...] = (
    Call(
        "forecast",
        "CreateDatasetGroup",
        {
            "DatasetGroupName": "maria_garcia_sales",
            "Domain": "RETAIL",
            "Tags": [
                {"Key": "Owner", "Value": "maria.garcia@example.com"},
                {"Key": "CostCenter", "Value": "CC-4411"},
            ],
        },
        (
            Planted("DatasetGroupName", "maria_garcia", "PERSON"),
            Planted("Tags[0].Value", "maria.garcia@example.com", "EMAIL_ADDRESS"),
        ),
    ),
    Call(
        "forecast",
        "CreateDataset",
        {
            "DatasetName": "JohnSmithDemand01",
            "Domain": "RETAIL",
            "DatasetType": "TARGET_TIME_SERIES",
            "DataFrequency": "D",
            "Schema": {
                "Attributes": [
                    {"AttributeName": "item_id", "AttributeType": "string"},
                    {"AttributeName": "timestamp", "AttributeType": "timestamp"},
                ]
            },
            "Tags": [{"Key": "oncall", "Value": "+1 206 555 0143"}],
        },
        (
            Planted("DatasetName", "JohnSmith", "PERSON"),
            Planted("Tags[0].Value", "+1 206 555 0143", "PHONE_NUMBER"),
        ),
    ),
    Call(
        "forecast",
        "TagResource",
        {
            "ResourceArn": f"arn:aws:forecast:us-east-1:{ACCOUNT}:dataset-group/retail_demand",
            "Tags": [{"Key": "customer_acct", "Value": "acct-004417829356"}],
        },
        (Planted("Tags[0].Value", "004417829356", "ACCOUNT_NUMBER"),),
    ),
    Call(
        "personalize",
        "CreateDatasetGroup",
        {
            "name": "emily-johnson-recs",
            "domain": "ECOMMERCE",
            "tags": [{"tagKey": "contact", "tagValue": "emily.johnson@example.org"}],
        },
        (
            Planted("name", "emily-johnson", "PERSON"),
            Planted("tags[0].tagValue", "emily.johnson@example.org", "EMAIL_ADDRESS"),
        ),
    ),
    Call(
        "personalize",
        "CreateDatasetImportJob",
        {
            "jobName": "import-movielens-2024",
            "datasetArn": f"arn:aws:personalize:us-east-1:{ACCOUNT}:dataset/movielens/INTERACTIONS",
            "dataSource": {"dataLocation": "s3://example-bucket/card-4748526057479381/data.csv"},
            "roleArn": f"arn:aws:iam::{ACCOUNT}:role/PersonalizeRole",
            "tags": [{"tagKey": "billing", "tagValue": "GB82WEST12345698765432"}],
        },
        (
            Planted("dataSource.dataLocation", "4748526057479381", "CREDIT_CARD"),
            Planted("tags[0].tagValue", "GB82WEST12345698765432", "IBAN_CODE"),
        ),
    ),
    Call(
        "personalize",
        "TagResource",
        {
            "resourceArn": f"arn:aws:personalize:us-east-1:{ACCOUNT}:dataset-group/movielens",
            "tags": [{"tagKey": "ssn", "tagValue": "123-45-6789"}],
        },
        (Planted("tags[0].tagValue", "123-45-6789", "US_SSN"),),
    ),
    Call(
        "iot",
        "CreateThing",
        {
            "thingName": "sensor-david-miller-01",
            "attributePayload": {"attributes": {"owner": "david.miller@example.com", "floor": "3"}},
        },
        (
            Planted("thingName", "david-miller", "PERSON"),
            Planted(
                'attributePayload.attributes["owner"]', "david.miller@example.com", "EMAIL_ADDRESS"
            ),
        ),
    ),
    Call(
        "iot",
        "CreateThingGroup",
        {
            "thingGroupName": "warehouse_sensors",
            "thingGroupProperties": {
                "thingGroupDescription": "Escalations to Sarah Wilson, +44 20 7946 0958",
            },
            "tags": [{"Key": "team", "Value": "logistics"}],
        },
        (
            Planted("thingGroupProperties.thingGroupDescription", "Sarah Wilson", "PERSON"),
            Planted(
                "thingGroupProperties.thingGroupDescription", "+44 20 7946 0958", "PHONE_NUMBER"
            ),
        ),
    ),
    Call(
        "iot",
        "TagResource",
        {
            "resourceArn": f"arn:aws:iot:us-east-1:{ACCOUNT}:thing/sensor-01",
            "tags": [{"Key": "anna.kowalski@example.com", "Value": "owner"}],
        },
        (Planted("tags[0].Key", "anna.kowalski@example.com", "EMAIL_ADDRESS"),),
    ),
    Call(
        "iottwinmaker",
        "CreateWorkspace",
        {
            "workspaceId": "factory-james-brown",
            "description": "Plant twin. Contact james.brown@example.com",
            "s3Location": "arn:aws:s3:::twinmaker-factory-bucket",
            "role": f"arn:aws:iam::{ACCOUNT}:role/TwinMakerRole",
            "tags": {"owner-email": "james.brown@example.com", "team": "ops"},
        },
        (
            Planted("workspaceId", "james-brown", "PERSON"),
            Planted("description", "james.brown@example.com", "EMAIL_ADDRESS"),
            Planted('tags["owner-email"]', "james.brown@example.com", "EMAIL_ADDRESS"),
        ),
    ),
    Call(
        "iottwinmaker",
        "CreateEntity",
        {
            "workspaceId": "factory01",
            "entityName": "Pump owned by Linda Martinez",
            "description": "Customer account 7729104455",
            "tags": {"linda.martinez@example.com": "contact"},
        },
        (
            Planted("entityName", "Linda Martinez", "PERSON"),
            Planted("description", "7729104455", "ACCOUNT_NUMBER"),
            Planted("tags{#0}", "linda.martinez@example.com", "EMAIL_ADDRESS"),
        ),
    ),
    Call(
        "iottwinmaker",
        "TagResource",
        {
            "resourceARN": f"arn:aws:iottwinmaker:us-east-1:{ACCOUNT}:workspace/factory01",
            "tags": {"phone": "+1-425-555-0199"},
        },
        (Planted('tags["phone"]', "+1-425-555-0199", "PHONE_NUMBER"),),
    ),
    Call(
        "lookoutmetrics",
        "CreateAnomalyDetector",
        {
            "AnomalyDetectorName": "robert-taylor-revenue",
            "AnomalyDetectorDescription": "Revenue anomalies, owner robert.taylor@example.com",
            "AnomalyDetectorConfig": {"AnomalyDetectorFrequency": "PT1H"},
            "Tags": {"owner": "Robert Taylor"},
        },
        (
            Planted("AnomalyDetectorName", "robert-taylor", "PERSON"),
            Planted("AnomalyDetectorDescription", "robert.taylor@example.com", "EMAIL_ADDRESS"),
            Planted('Tags["owner"]', "Robert Taylor", "PERSON"),
        ),
    ),
    Call(
        "lookoutmetrics",
        "CreateAlert",
        {
            "AlertName": "alert-for-susan-clark",
            "AlertDescription": "Page +1 206 555 0188 on anomalies",
            "AnomalyDetectorArn": f"{DETECTOR}:revenue",
            "Action": {
                "SNSConfiguration": {
                    "RoleArn": f"arn:aws:iam::{ACCOUNT}:role/LookoutRole",
                    "SnsTopicArn": f"arn:aws:sns:us-east-1:{ACCOUNT}:alerts",
                }
            },
        },
        (
            Planted("AlertName", "susan-clark", "PERSON"),
            Planted("AlertDescription", "+1 206 555 0188", "PHONE_NUMBER"),
        ),
    ),
    Call(
        "lookoutmetrics",
        "TagResource",
        {
            "ResourceArn": f"arn:aws:lookoutmetrics:us-east-1:{ACCOUNT}:AnomalyDetector:revenue",
            "Tags": {"card": "5500 0000 0000 0004"},
        },
        (Planted('Tags["card"]', "5500 0000 0000 0004", "CREDIT_CARD"),),
    ),
)

SERVICES = ("forecast", "personalize", "iot", "iottwinmaker", "lookoutmetrics")

# Credentials: blocked in every mode but report.
CREDENTIAL_CALLS: tuple[Call, ...] = (
    Call(
        "forecast",
        "CreateDatasetImportJob",
        {
            "DatasetImportJobName": "import_2024",
            "DatasetArn": f"arn:aws:forecast:us-east-1:{ACCOUNT}:dataset/retail",
            "DataSource": {
                "S3Config": {
                    "Path": "s3://bucket/data.csv",
                    "RoleArn": f"arn:aws:iam::{ACCOUNT}:role/ForecastRole",
                }
            },
            "Tags": [{"Key": "deploy", "Value": "AKIAZ3MHQWLTPX2RVN4K"}],
        },
        (Planted("Tags[0].Value", "AKIAZ3MHQWLTPX2RVN4K", "AWS_ACCESS_KEY_ID"),),
    ),
    Call(
        "personalize",
        "TagResource",
        {
            "resourceArn": f"arn:aws:personalize:us-east-1:{ACCOUNT}:dataset-group/movielens",
            "tags": [{"tagKey": "ci", "tagValue": "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8"}],
        },
        (Planted("tags[0].tagValue", "ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8", "VENDOR_TOKEN"),),
    ),
    Call(
        "iot",
        "CreateTopicRule",
        {
            "ruleName": "forward_rule",
            "topicRulePayload": {
                "sql": "SELECT * FROM 'sensors/#'",
                "actions": [
                    {
                        "http": {
                            "url": "https://svc:Sup3rS3cret@hooks.example.com/ingest",
                            "headers": [
                                {"key": "Authorization", "value": "Bearer dGhpc2lzYXRva2VuMTIz"}
                            ],
                        }
                    }
                ],
            },
        },
        (
            Planted("topicRulePayload.actions[0].http.url", "svc:Sup3rS3cret", "URL_CREDENTIALS"),
            Planted(
                "topicRulePayload.actions[0].http.headers[0].value",
                "dGhpc2lzYXRva2VuMTIz",
                "AUTH_HEADER",
            ),
        ),
    ),
    Call(
        "iottwinmaker",
        "CreateWorkspace",
        {
            "workspaceId": "factory02",
            "description": "Sync with password=Tr0ub4dor&3 on the gateway",
        },
        (Planted("description", "Tr0ub4dor", "PASSWORD"),),
    ),
    Call(
        "lookoutmetrics",
        "CreateAlert",
        {
            "AlertName": "webhook-alert",
            "AnomalyDetectorArn": f"arn:aws:lookoutmetrics:us-east-1:{ACCOUNT}:AnomalyDetector:rev",
            "AlertDescription": f"token {JWT}",
            "Action": {
                "LambdaConfiguration": {
                    "RoleArn": f"arn:aws:iam::{ACCOUNT}:role/LookoutRole",
                    "LambdaArn": f"arn:aws:lambda:us-east-1:{ACCOUNT}:function:notify",
                }
            },
        },
        (
            Planted(
                "AlertDescription",
                "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJl",
                "JWT",
            ),
        ),
    ),
)


def all_strings(obj: Any) -> list[str]:
    """Every string in a params tree, map keys included."""
    out: list[str] = []
    if isinstance(obj, str):
        out.append(obj)
    elif isinstance(obj, dict):
        for k, v in obj.items():
            out.extend(all_strings(k))
            out.extend(all_strings(v))
    elif isinstance(obj, (list, tuple)):
        for v in obj:
            out.extend(all_strings(v))
    return out
