"""Sizes and limits of the timeline, shared by its layout, painting and input."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

GREY = "#8a8a8a"
CENTER = Qt.AlignCenter | Qt.AlignAbsolute  # Python enum "|" is slow: once
MIN_SPAN = 3.0  # days visible at the deepest zoom
MAX_SPAN = 365.25 * 3000
MIN_T = 1.0
MAX_T = float(date.max.toordinal())
R = 5.0  # point marker radius
MIN_BAR = 8.0  # narrowest bar, px
GAP = 6.0  # px between items of one lane
HIST_BW = 6  # histogram bucket width (px) in aggregate mode
PILL_GROUP = 8  # histogram buckets per count pill
OVERFLOW_W = 44.0  # overflow cluster bucket width (px) in detail mode
