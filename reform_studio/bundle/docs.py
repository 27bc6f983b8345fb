"""The user guide (English, French, Spanish), the methodology and the glossary as HTML pages that any browser opens from the folder, with
the screenshots they show beside them (an official has no Markdown viewer).

Rendered at build time with markdown-it-py (CommonMark with tables), which the bundle extra
installs; the application itself never renders Markdown.
"""
from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

PAGES = {"user-guide.md": "User guide", "user-guide.fr.md": "Guide de l'utilisateur", "user-guide.es.md": "Guía del usuario",
         "methodology.md": "Methodology", "glossary.md": "Glossary"}
IMAGE = re.compile(r'<img src="([^":]+)"')
STYLE = """
body { font-family: "Segoe UI", "Helvetica Neue", Arial, sans-serif; max-width: 60em; margin: 2em auto;
       padding: 0 1.5em; line-height: 1.5; color: #222; }
h1, h2, h3 { color: #1f3b5a; line-height: 1.25; }
table { border-collapse: collapse; margin: 1em 0; }
th, td { border: 1px solid #c8cdd3; padding: 0.3em 0.6em; vertical-align: top; text-align: left; }
th { background: #eef1f4; }
code { background: #f3f4f6; padding: 0.05em 0.3em; border-radius: 3px; }
pre { background: #f3f4f6; padding: 0.8em; overflow-x: auto; }
img { max-width: 100%; height: auto; border: 1px solid #dde1e5; }
nav { font-size: 0.9em; margin-bottom: 1.5em; }
"""


def language(name: str) -> str:
    """The language of a page by its name: user-guide.fr.md is French, the others English."""
    parts = name.split(".")
    return parts[-2] if len(parts) == 3 else "en"


def render(markdown: str, title: str, lang: str = "en") -> str:
    """A whole HTML page of `markdown`; links to the other .md pages point to their .html."""
    from markdown_it import MarkdownIt

    body = MarkdownIt("commonmark", {"typographer": False}).enable("table").render(markdown)
    body = re.sub(r'href="([^":]+)\.md(#[^"]*)?"', r'href="\1.html\2"', body)
    links = " · ".join(f'<a href="{Path(name).stem}.html">{html.escape(label)}</a>' for name, label in PAGES.items())
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>Reform Studio: {html.escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n"
            f"<body>\n<nav>{links}</nav>\n{body}</body>\n</html>\n")


def write(source: Path, target: Path) -> list[Path]:
    """Render every page of PAGES found in `source` (the checkout's docs/) into `target`, copying
    the images they show; the pages written."""
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for name, title in PAGES.items():
        page = source / name
        if not page.is_file():
            continue
        text = render(page.read_text(encoding="utf-8"), title, language(name))
        for image in sorted(set(IMAGE.findall(text))):
            if (source / image).is_file():
                (target / image).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source / image, target / image)
        out = target / f"{page.stem}.html"
        out.write_text(text, encoding="utf-8")
        written.append(out)
    return written
