"""Excel files: read and check the input workbook, write the template and the export."""
from reform_studio.workbook.reader import read_scheme
from reform_studio.workbook.template import write_template

__all__ = ["read_scheme", "write_template"]
