"""Importing this module warms the process: `warm_up()` runs once, at import.

For pools that can only name modules to import before forking, such as multiprocessing's forkserver::

    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["cleanrepost.preload"])

Every worker the forkserver forks then starts with the rules compiled and the converters built.
"""
from .warm import warm_up

warm_up()
