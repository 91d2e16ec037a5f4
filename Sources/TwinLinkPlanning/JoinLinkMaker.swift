import Foundation
public import TwinLinkDomain

/// Makes each online meeting's join link from the programme's video-meeting setting. Jitsi rooms
/// get an unguessable name drawn from the programme's secret seed and the activity id, so that
/// re-planning keeps the same room.
public struct JoinLinkMaker: Sendable {
    public let setting: VideoMeetingSetting
    public let seed: UInt64

    public init(setting: VideoMeetingSetting, seed: UInt64) {
        self.setting = setting
        self.seed = seed
    }

    public func link(for activity: Identifier<Activity>) -> String {
        switch setting {
        case .fixed(let url):
            return url
        case .pattern(let pattern):
            return pattern.replacingOccurrences(of: "{activity}", with: activity.rawValue)
        case .jitsi(let server):
            var generator = SplitMix64(seed: seed ^ StableHash.fnv1a(activity.rawValue))
            // 26 characters of a 32-letter alphabet: 130 bits, far beyond guessing.
            let alphabet = Array("abcdefghijkmnpqrstuvwxyz23456789")
            let room = String((0..<26).map { _ in alphabet[Int(generator.next() % 32)] })
            let base = server.hasSuffix("/") ? String(server.dropLast()) : server
            return "\(base)/TwinLink-\(room)"
        }
    }
}
