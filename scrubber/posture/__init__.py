"""Posture rules beside detection: how a call reaches AWS and whether it asks for a customer key.

``INSECURE_TRANSPORT`` (transport), ``NON_FIPS_ENDPOINT`` (fips) and
``NO_CUSTOMER_KEY`` (kms), configured in ``[tool.fieldguard.posture]``.
"""
