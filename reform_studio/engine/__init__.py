"""The projection engine: pure numpy and pandas, no Qt, no plotting, no file I/O."""
