"""Classification of string fields from botocore's own service models."""

from __future__ import annotations

import pytest

from scrubber import format_operation, operation_fields
from scrubber.fields import FieldSpec, compile_model_pattern, service_counts
from scrubber.kinds import FieldKind as K

# (service, operation, path template, kind): the main Create/Update/Tag operations.
EXPECTED = [
    ("forecast", "CreateDatasetGroup", "DatasetGroupName", K.NAME),
    ("forecast", "CreateDatasetGroup", "DatasetArns[*]", K.IDENTIFIER),
    ("forecast", "CreateDatasetGroup", "Domain", K.IDENTIFIER),
    ("forecast", "CreateDatasetGroup", "Tags[*].Key", K.TAG_KEY),
    ("forecast", "CreateDatasetGroup", "Tags[*].Value", K.TAG_VALUE),
    ("forecast", "CreateDataset", "Schema.Attributes[*].AttributeName", K.NAME),
    ("forecast", "CreateDatasetImportJob", "DataSource.S3Config.Path", K.URL),
    ("forecast", "CreateDatasetImportJob", "DataSource.S3Config.RoleArn", K.IDENTIFIER),
    ("forecast", "CreateDatasetImportJob", "TimestampFormat", K.IDENTIFIER),
    ("forecast", "UpdateDatasetGroup", "DatasetGroupArn", K.IDENTIFIER),
    ("forecast", "TagResource", "ResourceArn", K.IDENTIFIER),
    ("forecast", "UntagResource", "TagKeys[*]", K.TAG_KEY),
    ("personalize", "CreateDatasetGroup", "name", K.NAME),
    ("personalize", "CreateDatasetGroup", "tags[*].tagKey", K.TAG_KEY),
    ("personalize", "CreateDatasetGroup", "tags[*].tagValue", K.TAG_VALUE),
    ("personalize", "CreateDatasetImportJob", "dataSource.dataLocation", K.URL),
    ("personalize", "CreateSchema", "schema", K.FREE_TEXT),
    ("personalize", "CreateFilter", "filterExpression", K.FREE_TEXT),
    ("personalize", "UpdateCampaign", "campaignArn", K.IDENTIFIER),
    ("iot", "CreateThing", "thingName", K.NAME),
    ("iot", "CreateThing", 'attributePayload.attributes{"*"}', K.NAME),
    ("iot", "CreateThing", 'attributePayload.attributes["*"]', K.FREE_TEXT),
    ("iot", "UpdateThing", "thingName", K.NAME),
    ("iot", "CreateThingGroup", "thingGroupProperties.thingGroupDescription", K.DESCRIPTION),
    ("iot", "CreateTopicRule", "topicRulePayload.sql", K.FREE_TEXT),
    ("iot", "CreateTopicRule", "topicRulePayload.description", K.DESCRIPTION),
    ("iot", "CreateTopicRule", "topicRulePayload.actions[*].http.url", K.URL),
    ("iot", "CreateTopicRule", "topicRulePayload.actions[*].http.confirmationUrl", K.URL),
    ("iot", "CreateTopicRule", "topicRulePayload.actions[*].http.headers[*].value", K.URL),
    ("iot", "CreateTopicRule", "topicRulePayload.actions[*].salesforce.token", K.SECRET),
    ("iot", "CreateTopicRule", "tags", K.TAG_VALUE),
    ("iot", "CreateJob", "jobId", K.NAME),
    ("iot", "CreateJob", "description", K.DESCRIPTION),
    ("iot", "TagResource", "resourceArn", K.IDENTIFIER),
    ("iot", "TagResource", "tags[*].Key", K.TAG_KEY),
    ("iot", "TagResource", "tags[*].Value", K.TAG_VALUE),
    ("iottwinmaker", "CreateWorkspace", "workspaceId", K.NAME),
    ("iottwinmaker", "CreateWorkspace", "description", K.DESCRIPTION),
    ("iottwinmaker", "CreateWorkspace", "s3Location", K.URL),
    ("iottwinmaker", "CreateWorkspace", "role", K.IDENTIFIER),
    ("iottwinmaker", "CreateWorkspace", 'tags{"*"}', K.TAG_KEY),
    ("iottwinmaker", "CreateWorkspace", 'tags["*"]', K.TAG_VALUE),
    ("iottwinmaker", "CreateEntity", "entityName", K.NAME),
    ("iottwinmaker", "CreateEntity", 'components{"*"}', K.NAME),
    ("iottwinmaker", "CreateScene", "contentLocation", K.URL),
    ("iottwinmaker", "UpdateEntity", "entityId", K.NAME),
    ("iottwinmaker", "TagResource", "resourceARN", K.IDENTIFIER),
    ("lookoutmetrics", "CreateAnomalyDetector", "AnomalyDetectorName", K.NAME),
    ("lookoutmetrics", "CreateAnomalyDetector", "AnomalyDetectorDescription", K.DESCRIPTION),
    ("lookoutmetrics", "CreateAnomalyDetector", "KmsKeyArn", K.IDENTIFIER),
    ("lookoutmetrics", "CreateAnomalyDetector", 'Tags{"*"}', K.TAG_KEY),
    ("lookoutmetrics", "CreateAnomalyDetector", 'Tags["*"]', K.TAG_VALUE),
    ("lookoutmetrics", "CreateMetricSet", "MetricList[*].MetricName", K.NAME),
    (
        "lookoutmetrics",
        "CreateMetricSet",
        "MetricSource.S3SourceConfig.TemplatedPathList[*]",
        K.URL,
    ),
    ("lookoutmetrics", "CreateMetricSet", "MetricSource.RDSSourceConfig.DatabaseHost", K.URL),
    ("lookoutmetrics", "CreateAlert", "AlertDescription", K.DESCRIPTION),
    ("lookoutmetrics", "UpdateMetricSet", "MetricSetArn", K.IDENTIFIER),
    # Any text up to 520 characters, typed back by the caller: a name field.
    ("lookoutmetrics", "PutFeedback", "AnomalyGroupTimeSeriesFeedback.TimeSeriesId", K.NAME),
    # Ids the customer chooses: MQTT client ids (written to the service's logs),
    # a location action's device id, the keys of the customer's own systems.
    ("iot", "TestInvokeAuthorizer", "mqttContext.clientId", K.NAME),
    ("iot", "ListAuditFindings", "resourceIdentifier.clientId", K.NAME),
    ("iot", "CreateTopicRule", "topicRulePayload.actions[*].location.deviceId", K.NAME),
    ("iottwinmaker", "ListEntities", "filters[*].externalId", K.NAME),
    (
        "iottwinmaker",
        "CreateMetadataTransferJob",
        "sources[*].iotSiteWiseConfiguration.filters[*].filterByAssetModel.assetModelExternalId",
        K.NAME,
    ),
    # Types the customer names, though the member ends in "type": Personalize's
    # event types, TwinMaker's relationships.
    ("personalize", "CreateMetricAttribution", "metrics[*].eventType", K.NAME),
    ("personalize", "CreateSolution", "eventType", K.NAME),
    (
        "iottwinmaker",
        "CreateEntity",
        'components["*"].properties["*"].definition.dataType.relationship.relationshipType',
        K.NAME,
    ),
    # ListSyncResources' externalId is the service's own (a SiteWise resource's id).
    ("iottwinmaker", "ListSyncResources", "filters[*].externalId", K.IDENTIFIER),
]


@pytest.mark.parametrize("service,operation,path,kind", EXPECTED)
def test_main_operations_are_classified(service: str, operation: str, path: str, kind: K) -> None:
    fields = {str(t.path): t.spec for t in operation_fields(service, operation)}
    assert fields[path].kind is kind, format_operation(service, operation)


@pytest.mark.parametrize(
    "service", ["forecast", "personalize", "iot", "iottwinmaker", "lookoutmetrics"]
)
def test_every_operation_of_the_five_services_classifies(service: str) -> None:
    """Each kind that matters appears; enums are never free-form."""
    counts = service_counts(service)
    assert counts["name"] > 0 and counts["tag_key"] > 0 and counts["tag_value"] > 0
    assert counts["identifier"] > 0 and counts["url"] > 0
    from scrubber.service_models import service_model

    for op in service_model(service).operation_names:
        for t in operation_fields(service, op):
            if t.spec.enum:
                assert t.spec.kind is K.IDENTIFIER, (op, t.path)


def test_classification_is_printable() -> None:
    text = format_operation("forecast", "CreateDatasetGroup")
    assert text.splitlines()[0] == "forecast CreateDatasetGroup: 5 string field(s)"
    assert "DatasetGroupName" in text and "name" in text and "pattern ^[a-zA-Z]" in text


def test_other_services_use_the_generic_rules() -> None:
    fields = {str(t.path): t.spec.kind for t in operation_fields("s3", "PutObjectTagging")}
    assert fields["Tagging.TagSet[*].Key"] is K.TAG_KEY
    assert fields["Tagging.TagSet[*].Value"] is K.TAG_VALUE
    assert fields["Bucket"] is K.URL
    fields = {str(t.path): t.spec.kind for t in operation_fields("sns", "Publish")}
    assert fields["Message"] is K.DESCRIPTION
    assert fields["TopicArn"] is K.IDENTIFIER
    assert fields["PhoneNumber"] is K.IDENTIFIER  # the SMS destination is the field's purpose


def test_recursive_shapes_terminate() -> None:
    """TwinMaker's DataType nests itself; its template is listed once and the walk ends."""
    paths = [str(t.path) for t in operation_fields("iottwinmaker", "CreateComponentType")]
    assert 'propertyDefinitions["*"].dataType.unitOfMeasure' in paths
    assert not any(".nestedType.nestedType" in p for p in paths)


@pytest.mark.parametrize(
    "pattern,value,ok",
    [
        (r"^[a-zA-Z][a-zA-Z0-9_]*", "person_1a2b", True),
        (r"^[a-zA-Z][a-zA-Z0-9_]*", "1abc", False),
        (r"^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$", "Zoë team", True),
        (r"^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$", "a,b", False),
        # Java surrogate pairs (Lookout for Metrics' AthenaDataCatalog) compile too.
        (r"[\u0020-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF\t]*", "catalog 😀", True),
    ],
)
def test_model_patterns_follow_the_service(pattern: str, value: str, ok: bool) -> None:
    assert compile_model_pattern(pattern) is not None
    assert FieldSpec(K.NAME, "", "", pattern=pattern).accepts(value) is ok


def test_length_and_enum_constraints() -> None:
    spec = FieldSpec(K.NAME, "", "", min_length=2, max_length=4, enum=("ab", "abcd"))
    assert spec.accepts("ab") and spec.accepts("abcd")
    assert not spec.accepts("abc") and not spec.accepts("a") and not spec.accepts("abcde")


def test_rules_match_whole_words_only() -> None:
    """componentUpdates does not end in "date": its keys are the customer's names."""
    fields = {str(t.path): t.spec.kind for t in operation_fields("iottwinmaker", "UpdateEntity")}
    assert fields['componentUpdates{"*"}'] is K.NAME
    assert fields['componentUpdates["*"].propertyUpdates{"*"}'] is K.NAME
    assert fields['componentUpdates["*"].propertyGroupUpdates{"*"}'] is K.NAME


@pytest.mark.parametrize(
    "service", ["forecast", "personalize", "iot", "iottwinmaker", "lookoutmetrics"]
)
def test_name_shaped_map_keys_are_never_identifiers(service: str) -> None:
    """A map keyed by a Name shape holds customers' names: never skipped as an identifier."""
    from scrubber.service_models import service_model

    for op in service_model(service).operation_names:
        for t in operation_fields(service, op):
            if str(t.path).endswith('{"*"}') and t.spec.shape_name == "Name":
                assert t.spec.kind is not K.IDENTIFIER, (op, t.path)
