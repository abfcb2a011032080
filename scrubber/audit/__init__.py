"""Audit what already leaked: CloudTrail history and datasets, locally or on Spark.

``scrub-audit`` (``scrubber.audit.cli``) is the command; ``scan.EventScanner`` turns
one CloudTrail event into audit rows through the public library API, and every
engine (``local``: a process pool; ``spark_engine``: ``mapInPandas``) runs it.
Datasets go through ``cells.CellScanner`` and :func:`scrubber.spark.scrub_dataframe`.
"""
