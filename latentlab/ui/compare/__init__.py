"""The compare view: 2–4 models side by side with the evidence panel."""
