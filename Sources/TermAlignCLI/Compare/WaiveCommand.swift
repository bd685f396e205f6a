import ArgumentParser
import Foundation
import TermAlign

/// `termalign waive`: accepts a finding by its fingerprint, appending it to the waiver file.
struct WaiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "waive",
        abstract: "Accept a finding: add its fingerprint to the waiver file, so that compare leaves it out of its counts and exit status.",
        discussion: """
            compare prints a fingerprint with each finding. A waived finding is listed as waived in \
            the reports; a waiver that no longer names a finding is reported as stale. The file is \
            created when missing; an entry is appended, leaving the file's comments as they are.

            Example: termalign waive 3fa9c0d1e2b4a5f6 --reason "The ministry's usage; accepted." --by "A. Reviser"
            """
    )

    @Argument(help: "The finding's fingerprint, as compare prints it.")
    var fingerprint: String

    @Option(help: "Why the finding is accepted.")
    var reason: String

    @Option(help: "Who accepts it.")
    var by: String?

    @Option(help: "When (default: today, as YYYY-MM-DD).")
    var date: String?

    @Option(help: "The finding's kind and concept, noted beside the fingerprint for a reader of the file (KIND or KIND:CONCEPT).")
    var note: String?

    @Option(help: ArgumentHelp("The waiver file (compare reads \(WaiverFile.defaultName) from beside the first version; run waive there, or name it).",
                               valueName: "file"))
    var waivers = WaiverFile.defaultName

    func validate() throws {
        guard Waiver.isFingerprint(fingerprint) else {
            throw ValidationError("\"\(fingerprint)\" is not a fingerprint: 16 hexadecimal digits (and -2, -3 … for a repeated one), as compare prints them")
        }
        guard !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw ValidationError("--reason must say why") }
    }

    func run() throws {
        let parts = note?.split(separator: ":", maxSplits: 1).map(String.init) ?? []
        let waiver = Waiver(fingerprint: fingerprint, reason: reason.trimmingCharacters(in: .whitespacesAndNewlines), author: by,
                            date: date ?? Self.today(), kind: parts.first, concept: parts.count > 1 ? parts[1] : nil)
        try WaiverFile.append(waiver, toFileAt: waivers)
        print("termalign: \(fingerprint) waived in \(waivers)")
    }

    private static func today() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date())
    }
}
