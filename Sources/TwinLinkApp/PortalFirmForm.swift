import Foundation
public import TwinLinkDomain

/// What a firm types on the SME portal (the join form and the profile form), checked with the
/// same rules as `smes.csv` in the import. A field's problem is reported under the field's name,
/// so that the page shows it next to the field; nothing is saved while any field has one.
public struct PortalFirmForm: Sendable, Hashable {
    public var fullName: String = ""
    public var legalName: String = ""
    public var registrationNumber: String = ""
    public var address: String = ""
    public var postcode: String = ""
    public var staffHeadcount: String = ""
    public var annualTurnover: String = ""
    public var balanceSheetTotal: String = ""
    public var naceCodes: String = ""
    public var offer: String = ""
    public var cooperationNeeds: String = ""
    public var apprenticeships: String = ""
    public var languages: String = ""
    public var website: String = ""

    public init() {}

    /// The form filled from an enterprise (to edit its profile).
    public init(_ firm: LocalEnterprise) {
        legalName = firm.legalName
        registrationNumber = firm.registrationNumber
        address = firm.address
        postcode = firm.postcode
        staffHeadcount = "\(firm.staffHeadcount)"
        annualTurnover = firm.annualTurnover.plainAmountWithoutCurrency
        balanceSheetTotal = firm.balanceSheetTotal.plainAmountWithoutCurrency
        naceCodes = firm.sectors.map(\.rawValue).joined(separator: "; ")
        offer = firm.offer
        cooperationNeeds = firm.cooperationNeeds ?? ""
        apprenticeships = firm.apprenticeships ?? ""
        languages = firm.languages.map(\.rawValue).joined(separator: "; ")
        website = firm.website ?? ""
    }

    /// The checked values.
    public struct Values: Sendable, Hashable {
        public var staffHeadcount: Int
        public var annualTurnover: Money
        public var balanceSheetTotal: Money
        public var sectors: [NACECode]
        public var languages: [LanguageCode]
        public var website: String?
    }

    /// The fields that every firm must fill (the profile form); `joining` adds the identity fields.
    public func check(joining: Bool) -> Result<Values, FieldProblems> {
        var problems = FieldProblems()
        func required(_ name: String, _ value: String, _ limit: Int = 2000) {
            let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty {
                problems[name] = "required"
            } else if trimmed.count > limit {
                problems[name] = "at most \(limit) characters, found \(trimmed.count)"
            }
        }
        if joining {
            required("full_name", fullName, 200)
            required("legal_name", legalName, 200)
            required("registration_number", registrationNumber, 40)
            required("address", address, 300)
            required("postcode", postcode, 20)
        }
        required("offer", offer)
        if cooperationNeeds.count > 2000 { problems["cooperation_needs"] = "at most 2000 characters" }
        if apprenticeships.count > 2000 { problems["apprenticeships"] = "at most 2000 characters" }
        let headcount = Int(staffHeadcount.trimmingCharacters(in: .whitespaces))
        if headcount == nil || headcount! < 0 {
            problems["staff_headcount"] = "expected a whole number of staff (0 or more), found '\(staffHeadcount)'"
        }
        let turnover = Money.parse(annualTurnover.trimmingCharacters(in: .whitespaces), currency: .euro)
        if turnover == nil {
            problems["annual_turnover"] =
                "expected an amount in euros such as 1250000 or 99.95 (no spaces or separators), found '\(annualTurnover)'"
        }
        let balance = Money.parse(balanceSheetTotal.trimmingCharacters(in: .whitespaces), currency: .euro)
        if balance == nil {
            problems["balance_sheet_total"] =
                "expected an amount in euros such as 1250000 or 99.95 (no spaces or separators), found '\(balanceSheetTotal)'"
        }
        var sectors: [NACECode] = []
        for item in Self.list(naceCodes) {
            if let code = NACECode(rawValue: item) {
                sectors.append(code)
            } else {
                problems["nace_codes"] = "'\(item)' is not a NACE Rev. 2 code (such as 62.01, 62 or C)"
            }
        }
        if sectors.isEmpty, problems["nace_codes"] == nil {
            problems["nace_codes"] = "required: at least one NACE code"
        }
        var languages: [LanguageCode] = []
        for item in Self.list(self.languages) {
            if let code = LanguageCode(rawValue: item.lowercased()) {
                languages.append(code)
            } else {
                problems["languages"] = "'\(item)' is not an ISO 639-1 language code (such as pl, en or de)"
            }
        }
        if languages.isEmpty, problems["languages"] == nil { problems["languages"] = "required: at least one language" }
        let site = website.trimmingCharacters(in: .whitespaces)
        if !site.isEmpty, !(site.hasPrefix("https://") || site.hasPrefix("http://")) || site.contains(" ") {
            problems["website"] = "expected an address starting with https:// or http://, found '\(site)'"
        }
        guard problems.isEmpty, let headcount, let turnover, let balance else { return .failure(problems) }
        return .success(
            Values(
                staffHeadcount: headcount, annualTurnover: turnover, balanceSheetTotal: balance, sectors: sectors,
                languages: languages, website: site.isEmpty ? nil : site))
    }

    /// Items separated by `;` or `,`, trimmed, empty ones dropped.
    static func list(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == ";" || $0 == "," }).map {
            $0.trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }
    }

    static func optional(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}

/// Problems with a form's fields, by field name.
public struct FieldProblems: Sendable, Hashable, Error {
    public var byField: [String: String] = [:]

    public init() {}

    public subscript(field: String) -> String? {
        get { byField[field] }
        set { byField[field] = newValue }
    }

    public var isEmpty: Bool { byField.isEmpty }
}

extension Money {
    /// `1250000.50`: the amount as the forms take it.
    var plainAmountWithoutCurrency: String {
        cents % 100 == 0 ? "\(cents / 100)" : String(format: "%lld.%02lld", cents / 100, cents % 100)
    }
}
