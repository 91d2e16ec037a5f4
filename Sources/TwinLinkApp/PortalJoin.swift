public import Foundation
import TwinLinkAllocation
public import TwinLinkDomain
public import TwinLinkStore

/// Use case: a firm's representative asks on the SME portal for access. A person whose e-mail is
/// in the registry for a local enterprise gets an `sme` account of that firm at once; a new firm's
/// profile becomes a join request that a coordinator approves (making the firm, its contact person
/// and the account, in one transaction) or rejects.
public enum PortalJoin {
    public enum Outcome: Sendable, Hashable {
        /// An account exists already for the e-mail: send it a sign-in link.
        case existingAccount
        /// The e-mail is a contact of `enterprise` in the registry: an account was made for it.
        case bound(enterprise: Identifier<LocalEnterprise>)
        /// Unknown e-mail, and no firm details were given.
        case needsFirm
        /// A join request was stored for the coordinator.
        case requested(id: Int64)
    }

    /// Handles a request for access from `email`, with a new firm's details in `form` (or `nil`).
    public static func ask(
        email rawEmail: String, form: PortalFirmForm?, workspace: Workspace, now: Date
    ) async throws(TwinLinkError) -> Result<Outcome, FieldProblems> {
        let email = rawEmail.trimmingCharacters(in: .whitespaces)
        guard EmailAddress(rawValue: email) != nil else {
            var problems = FieldProblems()
            problems["email"] = "expected an e-mail address such as name@firm.example, found '\(email)'"
            return .failure(problems)
        }
        // A filled-in profile is checked before anything is looked up, so that a bad form gets the
        // same answer whether or not the e-mail is known (no account enumeration).
        var checked: PortalFirmForm.Values?
        if let form {
            switch form.check(joining: true) {
            case .failure(let problems): return .failure(problems)
            case .success(let good): checked = good
            }
        }
        let values = checked
        let path = workspace.databasePath
        return try await workspace.write { access in
            if try access.hasAccount(email: email) { return .success(.existingAccount) }
            let registry = try Workspace.registry(in: access, databasePath: path)
            let lowered = email.lowercased()
            if let person = registry.people.first(where: { $0.email.rawValue.lowercased() == lowered }),
                case .localEnterprise(let firm) = person.organisation,
                registry.enterprises.contains(where: { $0.id == firm })
            {
                _ = try access.addPortalAccount(
                    email: email, role: .sme, organisationID: firm.rawValue, actor: "portal-join", at: now)
                return .success(.bound(enterprise: firm))
            }
            guard let form, let values else { return .success(.needsFirm) }
            let request = PortalJoinRequest(
                email: email, fullName: form.fullName.trimmed, legalName: form.legalName.trimmed,
                registrationNumber: form.registrationNumber.trimmed, address: form.address.trimmed,
                postcode: form.postcode.trimmed, staffHeadcount: values.staffHeadcount,
                annualTurnoverCents: values.annualTurnover.cents, balanceSheetCents: values.balanceSheetTotal.cents,
                naceCodes: values.sectors.map(\.rawValue), offer: form.offer.trimmed,
                languages: values.languages.map(\.rawValue), website: values.website, requestedAt: now)
            let id = try access.addJoinRequest(request)
            try access.appendAudit(
                AuditEntry(
                    at: now, actor: email, action: "portal-join-request", subject: "join-request:\(id)",
                    detail: "\(request.legalName) asked to join (\(email))"))
            return .success(.requested(id: id))
        }
    }

    /// The firm a join request would make, and its eligibility, as the coordinator (and the firm)
    /// see it before the decision.
    public static func provisionalFirm(_ request: PortalJoinRequest) -> LocalEnterprise {
        LocalEnterprise(
            id: Identifier(trusted: "sme-request-\(request.id)"), legalName: request.legalName,
            registrationNumber: request.registrationNumber, address: request.address, postcode: request.postcode,
            staffHeadcount: request.staffHeadcount, annualTurnover: .euros(request.annualTurnoverCents),
            balanceSheetTotal: .euros(request.balanceSheetCents),
            sectors: request.naceCodes.compactMap(NACECode.init(rawValue:)), offer: request.offer,
            languages: request.languages.compactMap(LanguageCode.init(rawValue:)), profileConsent: false,
            contactPersonID: Identifier(trusted: "person-request-\(request.id)"), website: request.website)
    }

    /// The pending requests with their eligibility.
    public static func pending(workspace: Workspace) async throws(TwinLinkError) -> [(
        PortalJoinRequest, PortalEligibility
    )] {
        let path = workspace.databasePath
        return try await workspace.read { access in
            let registry = try Workspace.registry(in: access, databasePath: path)
            return try access.joinRequests(state: .pending).map { request in
                (request, PortalEligibility.assess(provisionalFirm(request), in: registry))
            }
        }
    }

    /// Approves a pending request: adds the firm and its contact person to the registry and an
    /// `sme` account for the e-mail, all in one transaction. Returns the e-mail and the firm.
    public static func approve(
        request id: Int64, by actor: String, workspace: Workspace, now: Date
    ) async throws(TwinLinkError) -> (email: String, enterprise: Identifier<LocalEnterprise>) {
        let path = workspace.databasePath
        return try await workspace.write { access in
            guard let request = try access.joinRequest(id: id), request.state == .pending else {
                throw TwinLinkError.notFound("no pending join request \(id)")
            }
            guard !(try access.hasAccount(email: request.email)) else {
                throw TwinLinkError.conflict("an account with the e-mail '\(request.email)' exists already")
            }
            var registry = try Workspace.registry(in: access, databasePath: path)
            let all = try access.registry(includingRetired: true) ?? registry
            let slug = Self.slug(request.legalName)
            let firmID = Self.unused("sme-\(slug)", taken: Set(all.enterprises.map(\.id.rawValue)))
            let personID = Self.unused("person-\(slug)-1", taken: Set(all.people.map(\.id.rawValue)))
            guard let email = EmailAddress(rawValue: request.email) else {
                throw TwinLinkError.invalidArgument("the request's e-mail '\(request.email)' is not valid")
            }
            var firm = provisionalFirm(request)
            firm.id = Identifier(trusted: firmID)
            firm.contactPersonID = Identifier(trusted: personID)
            registry.people.append(
                Person(
                    id: Identifier(trusted: personID), fullName: request.fullName, email: email,
                    organisation: .localEnterprise(firm.id), languages: firm.languages))
            registry.enterprises.append(firm)
            _ = try access.apply(registry, source: "portal join request \(id) approved by \(actor)", at: now)
            try access.decideJoinRequest(id: id, approved: true, enterpriseID: firmID, note: nil, by: actor, at: now)
            _ = try access.addPortalAccount(
                email: request.email, role: .sme, organisationID: firmID, actor: actor, at: now)
            try access.appendAudit(
                AuditEntry(
                    at: now, actor: actor, action: "portal-join-approve", subject: "join-request:\(id)",
                    detail: "\(request.legalName) approved as \(firmID)"))
            return (request.email, firm.id)
        }
    }

    /// Rejects a pending request with a note the firm reads.
    public static func reject(
        request id: Int64, note: String, by actor: String, workspace: Workspace, now: Date
    ) async throws(TwinLinkError) -> PortalJoinRequest {
        try await workspace.write { access in
            guard let request = try access.joinRequest(id: id), request.state == .pending else {
                throw TwinLinkError.notFound("no pending join request \(id)")
            }
            try access.decideJoinRequest(id: id, approved: false, enterpriseID: nil, note: note, by: actor, at: now)
            try access.appendAudit(
                AuditEntry(
                    at: now, actor: actor, action: "portal-join-reject", subject: "join-request:\(id)",
                    detail: "\(request.legalName) rejected: \(note)"))
            return request
        }
    }

    /// `codewawel-sp-z-o-o` from `CodeWawel sp. z o.o.`: a-z and digits, words joined by `-`.
    static func slug(_ name: String) -> String {
        var folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        // Letters that are not a base letter with a mark, so folding keeps them.
        for (letter, latin) in [("ł", "l"), ("ß", "ss"), ("ø", "o"), ("đ", "d"), ("æ", "ae"), ("œ", "oe")] {
            folded = folded.replacingOccurrences(of: letter, with: latin)
        }
        var words: [String] = []
        var word = ""
        for scalar in folded.unicodeScalars {
            if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
                word.unicodeScalars.append(scalar)
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        let joined = String(words.joined(separator: "-").prefix(40))
        return joined.isEmpty ? "firm" : joined
    }

    /// `base`, or `base-2`, `base-3`… : the first not in `taken`.
    static func unused(_ base: String, taken: Set<String>) -> String {
        if !taken.contains(base) { return base }
        var number = 2
        while taken.contains("\(base)-\(number)") { number += 1 }
        return "\(base)-\(number)"
    }
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
