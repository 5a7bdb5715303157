"""The pygame table: scenes (setup, table, hand-off, end, help), painted panels, theme, fonts.

Layout of the package (see docs/ui.md):
- app.py: the window, the pygame_gui manager, the scene stack and the frame loop (App.step).
- scenes/: one module per screen, registered by name; add a module to add a screen.
- session.py: a game at the table without drawing (seats, bots, hand-offs, pacing, autosave).
- paint/: the painted parts of the table (seats, dials, graph, market, feed, era track).
- theme.py, palette.py, fonts.py, icons.py, metrics.py, widgets.py: the look and small parts.
"""

from __future__ import annotations

import os

# pygame prints a banner on import unless told not to; the table's terminal stays quiet.
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
