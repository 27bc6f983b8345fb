"""Start Reform Studio: `python main.py [workbook.xlsx]` (the same as `reform-studio`)."""
import sys

from reform_studio.gui.app import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
