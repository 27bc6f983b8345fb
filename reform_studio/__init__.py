"""Reform Studio: project a pension scheme and compare reforms against its baseline."""
__version__ = "0.1.0"
