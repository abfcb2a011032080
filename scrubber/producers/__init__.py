"""Producers: sources of fields to check (API payloads, CloudFormation templates, documents)."""
