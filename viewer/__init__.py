"""Arabic news timeline viewer.

``EXTRACTOR_VERSION`` keys the extraction cache: bump it whenever extraction
output can change, so stale cached results are rebuilt instead of trusted.
"""

__version__ = "0.1.0"
EXTRACTOR_VERSION = "3"  # 2: page furniture blanked out of extraction (issue 9); 3: titles and passages (issue 11)
