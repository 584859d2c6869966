"""Live training: a small model trained in the background while the class watches."""
