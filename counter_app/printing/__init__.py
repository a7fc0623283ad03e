"""Receipts, vouchers and reports built with ReportLab (no Qt here)."""
