"""The classroom: presentation mode and scripted lessons."""
