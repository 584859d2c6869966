"""The explorer: model browser, model card, latent sliders, point controls, sample grid, bookmarks."""
