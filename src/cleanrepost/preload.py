"""Importing this module warms the process: `warm_up()` runs once, at import.

For pools that can only name modules to import before forking, such as multiprocessing's forkserver::

    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["cleanrepost.preload"])

Every worker the forkserver forks then starts with the rules compiled and the converters built.
"""
from .warm import warm_up

# trafilatura (0.5 s to import and run once) is left to the first page that needs it: engine="trafilatura" or a
# fallback page; a pool's start-up, paid before any page, would otherwise cost more than a few hundred pages gain.
warm_up(trafilatura=False)
