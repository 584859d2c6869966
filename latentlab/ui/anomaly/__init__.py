"""Anomaly detection: how badly the open model explains normal images and outliers."""
