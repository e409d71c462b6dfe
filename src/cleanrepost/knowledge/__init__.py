"""What the cleaner knows, as data: the line rules (rules.py), the word tables (tables.py), and the code that
runs the line rules (matcher.py).  `cleanrepost.lexicon.Lexicon` holds every table; see its docstring."""
