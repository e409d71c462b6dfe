"""The classifier's thresholds: they live in knowledge/tuning.py (with `Tuning`, the overridable object a Lexicon
carries); the stages import them from here by name."""
from ..knowledge.tuning import *  # noqa: F401,F403
from ..knowledge.tuning import __all__  # noqa: F401
