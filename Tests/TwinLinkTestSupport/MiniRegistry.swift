public import Foundation

/// A small, valid registry folder that a test edits file by file to make one precise mistake.
public struct MiniRegistry {
    public var files: [String: String]

    public init() {
        files = [
            "programme.yaml": """
            name: Test Twinning Programme
            home_city:
              name: Kraków
              country: PL
              time_zone: Europe/Warsaw
              postcodes: ["30-*", "31-*"]
            coordinating_unit: Department of Economic Development
            organiser:
              name: Ewa Organizator
              email: ewa.organizator@city.example
            languages: [pl, en]
            reference_date: 2026-12-01

            """,
            "people.csv": """
            id,full_name,email,organisation_kind,organisation_id,phone
            p-anna,Anna Nowak,anna.nowak@drewno.example,sme,sme-drewno,+48 12 345 67 89
            p-jan,Jan Kowalski,jan.kowalski@drewno.example,sme,sme-drewno,
            p-klaus,Klaus Becker,klaus.becker@nuernberg.example,partner_city,nuremberg,
            p-greta,Greta Vogel,greta.vogel@holz.example,partner_enterprise,pe-holz,
            p-staff,Ewa Organizator,ewa.organizator@city.example,programme,,

            """,
            "partner_cities.csv": """
            id,name,country,time_zone,languages,key_sectors,contact_person_id,partnership_since
            nuremberg,Nuremberg,DE,Europe/Berlin,de;en,16;31.09,p-klaus,1979

            """,
            "smes.csv": """
            id,legal_name,registration_number,address,postcode,staff_headcount,annual_turnover_eur,balance_sheet_total_eur,nace_codes,offer,languages,info_material_contributed_on,profile_consent,contact_person_id
            sme-drewno,"Drewno, Meble i Syn sp. z o.o.",0000123456,ul. Zabłocie 12,30-701,12,1500000.50,900000,31.09;16.23,"Oak furniture
            made to measure",pl;en;de,2026-03-01,yes,p-anna

            """,
            "partner_enterprises.csv": """
            id,partner_city_id,name,nace_codes,offer,interest_sectors,languages,contact_person_id
            pe-holz,nuremberg,Holzwerk Franken GmbH,16.23,Timber frames,31.09,de;en,p-greta

            """,
            "events.csv": """
            id,name,kind,host_city_id,start,end,venue_name,venue_address,latitude,longitude,visit
            ev-forum,Nuremberg Business Forum,forum,nuremberg,2027-05-04T09:00,2027-05-05T17:30,NCC Ost,Messezentrum 1,49.41,11.12,outgoing
            ev-fair,Furniture Fair,fair,nuremberg,2027-02-16,2027-02-19,Messe,Messezentrum 1,,,outgoing

            """,
            "applications.csv": """
            id,event_id,sme_id,submitted_at,delegate_person_ids,cost_acknowledged
            app-1,ev-forum,sme-drewno,2027-02-01T10:00:00+01:00,p-anna;p-jan,yes

            """,
            "meeting_requests.csv": """
            id,event_id,sme_id,partner_enterprise_id,requested_by,weight,note
            mr-1,ev-forum,sme-drewno,pe-holz,both,3,Timber supply

            """,
        ]
    }

    /// Writes the files into a new temporary folder and returns its path.
    public func write() throws -> String {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("twinlink-registry-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        return folder.path
    }

    /// Writes raw bytes for one file (for encoding tests), after the others.
    public func write(replacing name: String, with bytes: [UInt8]) throws -> String {
        let path = try write()
        try Data(bytes).write(to: URL(fileURLWithPath: path).appendingPathComponent(name))
        return path
    }
}

/// Paths in the repository, found from this file's location.
public enum RepositoryPaths {
    public static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    public static let fixtures: String = root.appendingPathComponent("fixtures").path
    /// The second fixture programme: Brno, in Czech, with a Slovak and a Hungarian partner city.
    public static let fixturesBrno: String = root.appendingPathComponent("fixtures-brno").path

    /// A fresh temporary file path for a database.
    public static func temporaryDatabase() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("twinlink-\(UUID().uuidString).sqlite").path
    }
}
