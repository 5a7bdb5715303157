"""The debrief's pages at the table, drawn from game.debrief's data (build_debrief, charts).

- context.py: what a page painter needs (the game, its Debrief, the pen, the chart style).
- flow.py: text, tables and blocks laid out top to bottom, painted into one scrollable surface.
- life_page.py, chart_pages.py, trail_page.py, points_page.py, reality_page.py: one painter
  per page, each `paint(ctx, width, view_height) -> Page`.
- pages.py: the pages in order, their tab names, intros and sub-pages (the trail's players).
- scroll.py: a scroll position with its bar, for pages taller than the screen.
- export.py: where the Export button writes report.html and the charts.
"""
