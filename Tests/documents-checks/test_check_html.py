#!/usr/bin/env python3
"""Shows that check_html.py rejects what it must: run before trusting its verdict on documents."""
import pathlib
import tempfile
import unittest

import check_html

GOOD = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pack</title>
<style>@page { size: A4; } @media print { body { color: black; } }</style>
</head>
<body><main><p><a href="#x">x</a> <a href="https://meet.example/room">join</a> <a href="mailto:a@b.example">mail</a>
<a href="geo:49.4543,11.0775">map</a></p><svg viewBox="0 0 1 1"><circle cx="0" cy="0" r="1"/></svg></main></body>
</html>
"""


class CheckHTMLTests(unittest.TestCase):
    def problems(self, text, suffix=".html"):
        with tempfile.TemporaryDirectory() as folder:
            path = pathlib.Path(folder) / ("doc" + suffix)
            path.write_text(text, encoding="utf-8")
            return check_html.check_html(path) if suffix == ".html" else check_html.check_markdown(path)

    def test_a_self_contained_document_passes(self):
        self.assertEqual(self.problems(GOOD), [])

    def test_invalid_html_fails(self):
        self.assertIn("not valid HTML5", self.problems(GOOD.replace("<main>", "<main><p><div></span>"))[0])

    def test_external_references_fail(self):
        cases = {
            "script": '<script src="https://cdn.example/x.js"></script>',
            "stylesheet": '<link rel="stylesheet" href="https://fonts.example/css">',
            "image": '<img src="https://img.example/logo.png" alt="">',
            "import": "<style>@import url(https://fonts.example/a.css);</style>",
            "css url": '<p style="background: url(https://img.example/bg.png)">x</p>',
            "javascript link": '<a href="javascript:alert(1)">x</a>',
            "handler": '<p onclick="alert(1)">x</p>',
        }
        for name, snippet in cases.items():
            with self.subTest(name):
                self.assertTrue(self.problems(GOOD.replace("</main>", snippet + "</main>")), name)

    def test_a_missing_print_stylesheet_fails(self):
        self.assertTrue(self.problems(GOOD.replace("@media print", "@media screen")))

    def test_raw_html_in_markdown_fails(self):
        self.assertTrue(self.problems("Offer: <script>alert(1)</script>\n", ".md"))
        self.assertEqual(self.problems("Offer: \\<script\\> and <https://x.example/a>\n", ".md"), [])


if __name__ == "__main__":
    unittest.main()
