"""Many games at once: in this process, or spread over worker processes, results in order."""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Callable, Iterator

from .runner import GameRecord, SimSpec, play_one
from .stats import Summary, summarise

Progress = Callable[[int], None]


def _play(job: tuple[SimSpec, int]) -> GameRecord:
    spec, index = job
    return play_one(spec, index)


def resolve_jobs(jobs: int) -> int:
    """0 means every core this process may use."""
    if jobs > 0:
        return jobs
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on every platform
        return max(1, os.cpu_count() or 1)


def play_many(spec: SimSpec, games: int, jobs: int = 1) -> Iterator[GameRecord]:
    """Games 0..games-1 of a simulation, yielded in order whatever the number of workers."""
    jobs = resolve_jobs(jobs)
    if jobs == 1 or games < 2:
        for index in range(games):
            yield play_one(spec, index)
        return
    chunk = max(1, min(16, games // (jobs * 8)))
    context = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    with context.Pool(processes=min(jobs, games)) as pool:
        yield from pool.imap(_play, ((spec, i) for i in range(games)), chunksize=chunk)


def simulate(spec: SimSpec, games: int, jobs: int = 1, progress: Progress | None = None) -> Summary:
    """Play the games and sum them up; `progress` hears of every finished game."""
    started = time.perf_counter()
    records = []
    for record in play_many(spec, games, jobs):
        records.append(record)
        if progress is not None:
            progress(1)
    seconds = time.perf_counter() - started
    return summarise(spec, records, seconds=seconds, jobs=resolve_jobs(jobs))
