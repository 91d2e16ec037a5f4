#!/usr/bin/env python3
"""Checks the documents TwinLink writes, with parsers independent of the Swift code.

For every .html file in the folders given: it parses as HTML5 without a single parse error
(html5lib, strict), and it is self-contained: no scripts, no external stylesheets, fonts, images
or frames, no @import or url() to the network, no <base>; links are only in-page anchors,
mailto:, geo: and plain http(s) <a href> (join links and websites), and a report's links to the
CSV files written beside it (a bare file name ending in .csv). It has a language, a
viewport for phones and a print stylesheet for A4.

For every .md file: no raw HTML tag, only escaped '<' or autolinks to http(s).

Usage: check_html.py FOLDER [FOLDER ...]; prints one line per problem and
'N passed, N failed' at the end; exits 1 when a document fails.
"""
import pathlib
import re
import sys

import html5lib

ALLOWED_HREF = re.compile(r"^(#[A-Za-z0-9._-]+|[A-Za-z0-9_-]+\.csv|mailto:[^\s]+|geo:-?\d+(\.\d+)?,-?\d+(\.\d+)?|https?://[^\s<>\"']+)$")
NETWORK_IN_CSS = re.compile(r"@import|url\(\s*['\"]?\s*(?!data:|#)", re.IGNORECASE)
SOURCE_ATTRIBUTES = ("src", "srcset", "data", "poster", "background", "action", "formaction")


def local_name(tag):
    return tag.split("}", 1)[1] if "}" in tag else tag


def check_html(path):
    problems = []
    text = path.read_text(encoding="utf-8")
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    try:
        tree = parser.parse(text)
    except html5lib.html5parser.ParseError as error:
        line, column = parser.errors[0][0] if parser.errors else ("?", "?")
        return [f"{path}:{line}:{column}: not valid HTML5: {error}"]
    if not text.startswith("<!DOCTYPE html>"):
        problems.append(f"{path}: does not start with <!DOCTYPE html>")
    if not tree.get("lang"):
        problems.append(f"{path}: <html> has no lang attribute")
    styles = []
    has_viewport = has_charset = has_title = False
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        name = local_name(element.tag)
        attributes = {local_name(key): value for key, value in element.attrib.items()}
        if name in ("script", "iframe", "frame", "object", "embed", "img", "image", "video", "audio", "base"):
            problems.append(f"{path}: <{name}> is not allowed in a self-contained document")
        if name == "link":
            problems.append(f"{path}: <link rel={attributes.get('rel')!r} href={attributes.get('href')!r}> loads something")
        if name == "meta" and attributes.get("name") == "viewport":
            has_viewport = True
        if name == "meta" and attributes.get("charset", "").lower() == "utf-8":
            has_charset = True
        if name == "title" and (element.text or "").strip():
            has_title = True
        if name == "style":
            styles.append(element.text or "")
        for attribute in SOURCE_ATTRIBUTES:
            value = attributes.get(attribute)
            if value is not None and not value.startswith("data:"):
                problems.append(f"{path}: <{name} {attribute}={value!r}> loads an external resource")
        if "style" in attributes and NETWORK_IN_CSS.search(attributes["style"]):
            problems.append(f"{path}: <{name} style=...> imports or loads a URL")
        for key, value in attributes.items():
            if key.startswith("on"):
                problems.append(f"{path}: <{name} {key}=...> is an event handler")
        if "href" in attributes:
            href = attributes["href"]
            if name != "a":
                problems.append(f"{path}: <{name} href={href!r}> refers outside the document")
            elif not ALLOWED_HREF.match(href):
                problems.append(f"{path}: <a href={href!r}> is not an anchor, mailto:, geo: or http(s) link")
    css = "\n".join(styles)
    if NETWORK_IN_CSS.search(css):
        problems.append(f"{path}: the stylesheet uses @import or url() to load something")
    if "@media print" not in css or "@page" not in css or "A4" not in css:
        problems.append(f"{path}: no print stylesheet for A4 (@page and @media print)")
    if not has_viewport:
        problems.append(f"{path}: no <meta name=viewport> for phones")
    if not has_charset:
        problems.append(f"{path}: no <meta charset=utf-8>")
    if not has_title:
        problems.append(f"{path}: no <title>")
    return problems


def check_markdown(path):
    problems = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        for match in re.finditer(r"<", line):
            index = match.start()
            escaped = index > 0 and line[index - 1] == "\\"
            autolink = re.match(r"<https?://[^\s<>]+>", line[index:])
            if not escaped and not autolink:
                problems.append(f"{path}:{number}: unescaped '<' in Markdown: {line.strip()[:80]}")
    return problems


def main(folders):
    if not folders:
        print(__doc__)
        return 2
    files = sorted(f for folder in folders for f in pathlib.Path(folder).rglob("*") if f.suffix in (".html", ".md"))
    if not files:
        print(f"no .html or .md documents in {', '.join(folders)}")
        return 1
    passed = failed = 0
    for path in files:
        problems = check_html(path) if path.suffix == ".html" else check_markdown(path)
        if problems:
            failed += 1
            for problem in problems:
                print(problem)
        else:
            passed += 1
    html = sum(1 for f in files if f.suffix == ".html")
    print(f"checked {html} HTML and {len(files) - html} Markdown documents")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
