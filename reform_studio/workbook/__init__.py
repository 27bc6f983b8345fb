"""Excel files: read and check the input workbook, write the template and the export."""
from reform_studio.workbook.reader import read_scheme

__all__ = ["read_scheme"]
