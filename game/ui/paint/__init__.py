"""Painters: functions that draw one part of a screen from plain data, with no game logic."""
