/// How an event that a partner dropped from its feed is marked when something refers to it: its
/// `source` becomes `dropped:feed:events-x.ics`, so that re-planning cancels what was planned on
/// it and says why.
public enum FeedEventDrop {
    public static let prefix = "dropped:"

    public static func source(droppedFrom source: String) -> String { prefix + source }

    /// Whether an event's source marks it as dropped from its feed.
    public static func isDropped(_ source: String?) -> Bool { source?.hasPrefix(prefix) ?? false }
}
