"""Start Reform Studio from a checkout: `python main.py [workbook.xlsx]`, the same as
`reform-studio` (a command such as `python main.py run WORKBOOK` runs in the terminal)."""
import sys

from reform_studio.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
