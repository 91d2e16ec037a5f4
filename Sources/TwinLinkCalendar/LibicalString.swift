import CLibical

/// Turns C strings handed out by libical into Swift strings with the right ownership.
enum LibicalString {
    /// Copies a string that libical keeps in its per-thread ring buffer or inside a component.
    ///
    /// Such a string is only valid until the next libical call, so it is copied at once.
    static func copy(_ pointer: UnsafePointer<CChar>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    /// Copies and releases a string returned by one of libical's `_r` functions.
    static func take(_ pointer: UnsafeMutablePointer<CChar>?) -> String? {
        guard let pointer else { return nil }
        defer { icalmemory_free_buffer(pointer) }
        return String(cString: pointer)
    }
}
