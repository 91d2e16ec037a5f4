import Mustache

/// The Mustache content type of the HTML templates, declared by `{{% CONTENT_TYPE: TWINLINK_HTML }}`:
/// every `{{value}}` has `<`, `>`, `&`, `"` and `'` replaced by character references, exactly as
/// Mustache's own HTML escaping does, but scanning bytes, so that large packs render quickly.
struct HTMLContentType: MustacheContentType {
    static let name = "TWINLINK_HTML"
    /// The pragma every HTML template starts with.
    static let pragma = "{{% CONTENT_TYPE: TWINLINK_HTML }}"

    func escapeText(_ text: String) -> String { Self.escape(text) }

    static func escape(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.contains(where: { $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0x22 || $0 == 0x27 }) else {
            return text
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case 0x3C: bytes.append(contentsOf: "&lt;".utf8)
            case 0x3E: bytes.append(contentsOf: "&gt;".utf8)
            case 0x26: bytes.append(contentsOf: "&amp;".utf8)
            case 0x22: bytes.append(contentsOf: "&quot;".utf8)
            case 0x27: bytes.append(contentsOf: "&#39;".utf8)
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Registers the content type with Mustache once, before any template is parsed.
    static let registered: Void = {
        MustacheContentTypes.register(HTMLContentType(), named: name)
    }()
}
