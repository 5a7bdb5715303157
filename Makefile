# Two commands a newcomer needs: `make play` and `make test`. Each builds .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: play test lint typecheck demo bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev,rl]"
	touch $(STAMP)

# Without a display the game says so and exits with 3: then the terminal mode takes over.
play: $(STAMP)
	@$(BIN)/python -m game; status=$$?; \
	if [ $$status -eq 3 ]; then $(BIN)/python -m game play --text; else exit $$status; fi

test: $(STAMP)
	SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check game tests benchmarks
	$(BIN)/mypy --strict game/engine

demo: $(STAMP)
	SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy $(BIN)/python -m game demo --seed 1 --screenshot out/table.png

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_speed.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache .hypothesis
