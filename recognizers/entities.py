"""The entity types fieldguard reports, derived from the default registry (no Presidio import)."""

from __future__ import annotations

from recognizers.registry import default_registry

CREDENTIAL_ENTITIES = default_registry().credential_entities
PERSONAL_ENTITIES = default_registry().personal_entities
ALL_ENTITIES = default_registry().entities
