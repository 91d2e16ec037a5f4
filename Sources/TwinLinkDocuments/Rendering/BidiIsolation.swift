/// Keeps right-to-left names from reordering the sentence around them.
///
/// A user-supplied value put into a fixed sentence ("{firm} asked for a meeting") is wrapped in
/// Unicode's FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE when it holds right-to-left letters:
/// the plain-text equivalent of HTML's `<bdi>`, so it works in HTML and Markdown alike. Values
/// without right-to-left letters are left untouched.
enum BidiIsolation {
    static func isolate(_ value: String) -> String {
        guard value.unicodeScalars.contains(where: isRightToLeft) else { return value }
        return "\u{2068}" + value + "\u{2069}"
    }

    /// Hebrew, Arabic, Syriac, Thaana, N'Ko and related scripts and their presentation forms.
    static func isRightToLeft(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF: true
        default: false
        }
    }
}
