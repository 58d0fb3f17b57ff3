"""Batch processing: many documents in, one record each out, on every core or on Dask.

Light to import: worker pools, tqdm and dask are only loaded when used.
"""
from .cli import main
from .readers import Document, iter_documents
from .runner import extract_many, iter_records
from .scaleout import dask_records, path_records

__all__ = ["Document", "dask_records", "path_records", "extract_many", "iter_documents", "iter_records", "main"]
