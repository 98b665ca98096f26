"""The analyst's corrections in the window: the user store's session, its undo stack,
the edit dialogs and the Edit menu (see :mod:`viewer.userstore` for the data)."""
