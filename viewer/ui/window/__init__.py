"""Parts of the main window, one responsibility each (see ``viewer.ui.mainwindow``)."""
