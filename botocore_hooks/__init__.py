"""botocore integration: scrub every outgoing call before it is serialized."""
