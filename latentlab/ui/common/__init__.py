"""What every UI feature shares: the app state, the image view, background work, messages,
actions and the Qt helpers. Feature packages import from here and from the core, never from each other."""
