import Testing

@testable import TwinLinkDocuments

/// User text in Markdown shows literally: inline markup anywhere, block markers at line starts.
@Suite struct MarkdownEscaperTests {
    @Test(arguments: [
        ("Plain text, 2027.", "Plain text, 2027."),
        ("Kraków & Nürnberg", "Kraków & Nürnberg"),
        ("R&amp;D", #"R\&amp;D"#),
        ("*bold* _it_ `code`", #"\*bold\* \_it\_ \`code\`"#),
        ("[link](https://x.example)", #"\[link\](https://x.example)"#),
        ("![img](x.png)", #"\!\[img\](x.png)"#),
        ("<b>x</b>", #"\<b\>x\</b\>"#),
        ("a | b ~ c", #"a \| b \~ c"#),
        ("# Heading", ##"\# Heading"##),
        ("#hashtag", "#hashtag"),
        ("- item", #"\- item"#),
        ("+49 911 231", "+49 911 231"),
        ("-5 °C", "-5 °C"),
        ("1. first", #"1\. first"#),
        ("2027. year", #"2027\. year"#),
        ("49.4543, 11.0775", "49.4543, 11.0775"),
        ("---", #"\---"#),
        ("line one\nline two", "line one\\\nline two"),
        ("one\n\n  # two", "one\\\n\\# two"),
        ("back\\slash", #"back\\slash"#),
    ])
    func escapes(_ text: String, _ expected: String) {
        #expect(MarkdownEscaper.escape(text) == expected)
    }
}
