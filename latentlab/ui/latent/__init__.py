"""Latent tools: the latent map, encoding an image, and the interpolation path editor."""
