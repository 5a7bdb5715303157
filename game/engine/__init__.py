"""The Model Citizen rules engine: pure Python, no I/O beyond reading content, no pygame.

from game.engine import Game, Seat
game = Game.new([Seat("Ana", "human"), Seat("Bot", "bot")], ruleset="sesame", seed=7)
while not game.is_over():
    game.apply(game.legal_actions()[0])
print(game.results())
"""

from .actions import ACCEPT, DECLINE, END_TURN, ActionSpec
from .errors import ContentError, EngineError, IllegalAction, StateError
from .game import SAVE_FORMAT, Game, Price, content_for, default_content, default_options
from .glance import Glance
from .loader import ASSETS_ROOT
from .packs import PackInfo, list_scenarios, load_content, pack_info, validate_path
from .records import Content, Ruleset
from .review import SeatResult
from .state import Options, Seat

__all__ = [
    "ACCEPT",
    "ASSETS_ROOT",
    "DECLINE",
    "END_TURN",
    "SAVE_FORMAT",
    "ActionSpec",
    "Content",
    "ContentError",
    "EngineError",
    "Game",
    "Glance",
    "IllegalAction",
    "Options",
    "PackInfo",
    "Price",
    "Ruleset",
    "Seat",
    "SeatResult",
    "StateError",
    "content_for",
    "default_content",
    "default_options",
    "list_scenarios",
    "load_content",
    "pack_info",
    "validate_path",
]
