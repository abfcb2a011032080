"""Per-service corrections to the generic field rules in ``fields.py``.

Keys are ``"Structure.member"``, ``"member"`` or ``"shape:ShapeName"``; the
first that matches wins. Each entry says why the generic rule is wrong.
"""

from __future__ import annotations

from scrubber.kinds import FieldKind as K

OVERRIDES: dict[str, dict[str, K]] = {
    # TwinMaker's "ids" are names the customer chooses (CreateWorkspace's
    # workspaceId, CreateEntity's entityId...), so they are names.
    "iottwinmaker": {
        "workspaceId": K.NAME,
        "entityId": K.NAME,
        "parentEntityId": K.NAME,
        "targetEntityId": K.NAME,
        "componentTypeId": K.NAME,
        "targetComponentTypeId": K.NAME,
        "extendsFrom": K.NAME,
        "sceneId": K.NAME,
        "syncSource": K.IDENTIFIER,
        # External ids are the keys of the customer's own systems (a SiteWise
        # asset's, a component's row): chosen by the customer, as names are.
        "ListEntitiesFilter.externalId": K.NAME,
        "shape:SiteWiseExternalId": K.NAME,
        "shape:SceneMetadataValue": K.FREE_TEXT,
        "shape:ComponentPath": K.NAME,
        # A relationship's type is the customer's word for it ("isLocatedIn",
        # "feeds"), any text of up to 256 characters.
        "relationshipType": K.NAME,
    },
    "iot": {
        # Fields made to carry a credential (or a key) to the service.
        "shape:SalesforceToken": K.SECRET,
        "shape:PrivateKey": K.SECRET,
        # A thing's attributes are free-form key/value pairs, like tags.
        "shape:AttributeName": K.NAME,
        "shape:AttributeValue": K.FREE_TEXT,
        # SQL and topics are written by the customer and may embed values.
        "shape:SQL": K.FREE_TEXT,
        "shape:Topic": K.FREE_TEXT,
        "shape:TopicPattern": K.FREE_TEXT,
        "shape:MqttTopic": K.FREE_TEXT,
        "shape:ResponseTopic": K.FREE_TEXT,
        # Opaque values of the service's own.
        "shape:CertificatePem": K.IDENTIFIER,
        "shape:CertificateSigningRequest": K.IDENTIFIER,
        "shape:PolicyDocument": K.FREE_TEXT,
        # HTTP headers and documents given to the service travel with the rule.
        "shape:HeaderValue": K.URL,
        "shape:KafkaHeaderValue": K.URL,
        "shape:JobDocumentSource": K.URL,
        # CreateTopicRule's tags are one query-string ("k1=v1&k2=v2").
        "CreateTopicRuleRequest.tags": K.TAG_VALUE,
        # Job, stream and OTA ids are chosen by the customer: names.
        "jobId": K.NAME,
        "jobTemplateId": K.NAME,
        "otaUpdateId": K.NAME,
        "streamId": K.NAME,
        "commandId": K.NAME,
        # MQTT client ids are chosen by the customer's devices and written to
        # the service's logs; a location action's device id is the customer's too.
        "shape:ClientId": K.NAME,
        "shape:MqttClientId": K.NAME,
        "LocationAction.deviceId": K.NAME,
    },
    "personalize": {
        # The event types of the customer's interactions data ("click", "watch"),
        # named by the customer and sent back in every solution and attribution:
        # names, though the member ends in "type".
        "shape:EventType": K.NAME,
    },
    "lookoutmetrics": {
        # "The ID of the metric": up to 520 characters of any text, sent back by
        # the caller (PutFeedback), often a series' dimension values.
        "TimeSeriesId": K.NAME,
    },
    "forecast": {
        # Forecast dimension and attribute names are column names of the
        # customer's data set: free-form names.
        "shape:AttributeValue": K.FREE_TEXT,
    },
}
