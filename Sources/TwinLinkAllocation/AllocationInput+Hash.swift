import Foundation
import TwinLinkDomain

extension AllocationInput {
    /// SHA-256 of a canonical encoding of everything that decides the result: the activity, its
    /// rules and processing order, the home city, each applicant's decisive facts, the applicants'
    /// trips that ended before the activity (those rotation counts), the overrides, the seed and
    /// whether the run is provisional. The seats kept from the previous version are left out: a
    /// re-run on unchanged inputs has the same hash, so it is recognised as changing nothing.
    public var inputsHash: String {
        var encoding = CanonicalEncoding()
        write(to: &encoding)
        return encoding.digest()
    }

    private func write(to out: inout CanonicalEncoding) {
        out.record(.header)
        out.text("twinlink-allocation-inputs")
        out.number(1)
        out.number(Int64(bitPattern: seed))
        out.number(isProvisional ? 1 : 0)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        out.text((try? encoder.encode(rules)).map { String(decoding: $0, as: UTF8.self) } ?? "")
        out.texts(processingOrder.map(\.rawValue))
        out.record(.home)
        out.text(homeCity.name)
        out.text(homeCity.timeZone.rawValue)
        out.texts(homeCity.postcodes.map(\.rawValue))
        out.record(.activity)
        out.text(activity.id.rawValue)
        out.number(DayArithmetic.dayNumber(activity.firstDay))
        out.number(DayArithmetic.dayNumber(activity.lastDay))
        for city in activity.partnerCities {
            out.record(.partnerCity)
            out.text(city.name)
            out.texts(city.keySectors.map(\.rawValue))
        }
        for partner in activity.partnerInterests {
            out.record(.partnerInterest)
            out.text(partner.name)
            out.texts(partner.sectors.map(\.rawValue))
        }
        for index in applicants.indices {
            let firm = writeApplicant(at: index, to: &out)
            for trip in travelHistory.trips(of: firm, endingBefore: activity.firstDay) {
                out.record(.trip)
                out.text(trip.activityID.rawValue)
                out.number(DayArithmetic.dayNumber(trip.lastDay))
            }
        }
        for override in overrides.sorted(by: { ($0.at, $0.applicationID) < ($1.at, $1.applicationID) }) {
            out.record(.override)
            out.text(override.applicationID.rawValue)
            switch override.action {
            case .accept(let seats): out.number(seats)
            case .reject: out.number(-1)
            }
            out.text(override.actor)
            out.text(override.reason)
            out.number(seconds(override.at))
        }
    }

    /// Writes the application at `index` with its firm and links; returns the firm's id.
    private func writeApplicant(at index: Int, to out: inout CanonicalEncoding) -> Identifier<LocalEnterprise> {
        out.record(.application)
        out.text(applicants[index].application.id.rawValue)
        out.number(seconds(applicants[index].application.submittedAt))
        out.number(applicants[index].application.delegateIDs.count)
        out.number(applicants[index].application.costAcknowledged ? 1 : 0)
        if let withdrawal = applicants[index].withdrawal {
            out.number(seconds(withdrawal.at))
            out.text(withdrawal.recordedBy ?? "")
            out.text(withdrawal.reason ?? "")
        } else {
            out.number(-1)
        }
        writeFirm(applicants[index].enterprise, to: &out)
        for link in applicants[index].links.sorted(by: { $0.id < $1.id }) {
            out.record(.link)
            out.text(link.id.rawValue)
            out.text(link.relationship.rawValue)
            out.number(link.shareBasisPoints)
            out.number(link.staffHeadcount)
            out.number(link.annualTurnover.cents)
            out.number(link.balanceSheetTotal.cents)
        }
        return applicants[index].enterprise.id
    }

    private func writeFirm(_ firm: borrowing LocalEnterprise, to out: inout CanonicalEncoding) {
        out.record(.firm)
        out.text(firm.id.rawValue)
        out.text(firm.postcode)
        out.number(firm.inCity.map { $0 ? 1 : 0 } ?? -1)
        out.number(firm.staffHeadcount)
        out.number(firm.annualTurnover.cents)
        out.number(firm.balanceSheetTotal.cents)
        out.number(firm.sectors.count)
        for sector in firm.sectors { out.text(sector.rawValue) }
        out.number(firm.infoMaterialContributedOn.map(DayArithmetic.dayNumber) ?? -1)
        out.number(firm.profileConsent ? 1 : 0)
    }

    /// An instant as whole seconds since 1970: exact, and cheap to write.
    private func seconds(_ instant: Date) -> Int64 { Int64(instant.timeIntervalSince1970.rounded(.down)) }
}

/// The bytes the inputs hash is taken of, written straight into SHA-256 a few kilobytes at a
/// time: each record a tag byte and its fields; a number in a variable number of bytes; a text
/// as its length and its UTF-8 bytes; a list as its length and its items. No two different
/// inputs give the same bytes.
private struct CanonicalEncoding {
    enum Record: UInt8 {
        case header = 1
        case home, activity, partnerCity, partnerInterest, application, firm, link, trip, override
    }

    private var hasher = SHA256()
    private var bytes: [UInt8] = []

    init() {
        bytes.reserveCapacity(8192)
    }

    mutating func record(_ tag: Record) {
        if bytes.count >= 8000 { flush() }
        bytes.append(tag.rawValue)
    }

    mutating func text(_ text: String) {
        let utf8 = text.utf8
        number(utf8.count)
        if utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
            bytes.append(contentsOf: utf8)
        }
    }

    /// A list: its length, then each text.
    mutating func texts(_ texts: [String]) {
        number(texts.count)
        for item in texts { text(item) }
    }

    /// A number in as few bytes as it needs: zigzag (so that small negative numbers stay short),
    /// then seven bits a byte, the high bit set on every byte but the last.
    mutating func number(_ value: some BinaryInteger) {
        let signed = Int64(truncatingIfNeeded: value)
        var rest = UInt64(bitPattern: (signed << 1) ^ (signed >> 63))
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func digest() -> String {
        flush()
        return hasher.hexDigest()
    }

    private mutating func flush() {
        hasher.update(bytes)
        bytes.removeAll(keepingCapacity: true)
    }
}
