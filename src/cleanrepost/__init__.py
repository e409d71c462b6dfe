"""cleanrepost: clean articles out of reposted Chinese government pages (HTML or flattened text)."""
from .api import Options, bare_extraction, clean, extract, extract_metadata
from .lexicon import KINDS, REMOVAL_KINDS, Lexicon, LineRule, Tuning
from .model import Block, CleanError, Document, Removal
from .normalize import normalize, normalize_explained
from .records import Cleaner, clean_record
from .warm import warm_up

__version__ = "0.1.0"
__all__ = ["clean", "extract", "bare_extraction", "extract_metadata", "Options", "Document", "Removal", "Block", "CleanError",
           "Lexicon", "LineRule", "Tuning", "KINDS", "REMOVAL_KINDS", "normalize", "normalize_explained", "Cleaner", "clean_record",
           "warm_up", "__version__"]
