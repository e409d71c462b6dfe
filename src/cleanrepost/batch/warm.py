"""Imported by the forkserver before it forks any worker (see pool._context): build once, there, what the pipeline
builds on first use — compiled rules, OpenCC converters, language profiles — so that every worker forked from it
starts warm instead of paying that set-up on its first page."""
from .pool import warm_up
from .tasks import Settings

warm_up(Settings())
