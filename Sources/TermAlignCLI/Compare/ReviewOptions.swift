import ArgumentParser
import Foundation
import TermAlign
import TermAlignCommandSupport

/// What a reviser keeps of a comparison: filters by kind, severity and concept (for every format,
/// and for `--fail-on`), and the waivers of findings already accepted.
struct ReviewOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Report only these kinds of finding (comma-separated).",
                               valueName: FindingKind.allCases.map(\.rawValue).joined(separator: ",")))
    var kinds: String?

    @Option(name: .customLong("min-severity"), help: "Report only findings of this severity or above: info, warning or error.")
    var minSeverity: SeverityArgument?

    @Option(help: ArgumentHelp("Report only findings about these glossary concepts (comma-separated ids).", valueName: "ids"))
    var concepts: String?

    @Option(help: ArgumentHelp("The waiver file of accepted findings. Default: \(WaiverFile.defaultName) beside the first version, when there.",
                               valueName: "file"))
    var waivers: String?

    @Flag(name: .customLong("no-waivers"), help: "Waive nothing, even with a waiver file beside the versions.")
    var noWaivers = false

    func validate() throws {
        _ = try kindSet()
        if waivers != nil && noWaivers { throw ValidationError("--waivers and --no-waivers exclude each other") }
    }

    /// The kinds named by --kinds (all when it is not given).
    func kindSet() throws -> Set<FindingKind> {
        guard let kinds else { return Set(FindingKind.allCases) }
        return Set(try kinds.split(separator: ",").map { name in
            let name = name.trimmingCharacters(in: .whitespaces)
            guard let kind = FindingKind(rawValue: name) else {
                throw ValidationError("--kinds: no kind \"\(name)\"; the kinds are \(FindingKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return kind
        })
    }

    /// The concepts named by --concepts, each checked against the glossary: a misspelt id would
    /// otherwise filter out everything, silently.
    func conceptSet(in glossary: Glossary) throws -> Set<String>? {
        guard let concepts else { return nil }
        let known = Set(glossary.concepts.map(\.id))
        let named = Set(concepts.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        if let unknown = named.sorted().first(where: { !known.contains($0) }) {
            throw ValidationError("--concepts: the glossary has no concept \"\(unknown)\" (termalign glossary show lists them)")
        }
        return named
    }

    /// The waiver file in use: --waivers, else the default one beside `firstVersion` when it exists.
    func waiverFile(beside firstVersion: String?) -> String? {
        if noWaivers { return nil }
        if let waivers { return waivers }
        guard let firstVersion, firstVersion != "-" else { return nil }
        let path = URL(fileURLWithPath: firstVersion).deletingLastPathComponent().appendingPathComponent(WaiverFile.defaultName).path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    /// Sets the filters and waivers of `options`, the waivers read from ``waiverFile(beside:)``.
    func apply(to options: inout ComparisonOptions, glossary: Glossary, firstVersion: String?) throws {
        options.kinds = try kindSet()
        options.minimumSeverity = minSeverity?.severity ?? .info
        options.concepts = try conceptSet(in: glossary)
        if let file = waiverFile(beside: firstVersion) {
            options.waivers = try WaiverFile.read(path: file)
        }
    }

    /// Tells of stale waivers on standard error, each at its place in the file; `scope` says where
    /// they name nothing ("now", "in any set").
    static func reportStale(_ waivers: [Waiver], scope: String = "now") {
        for waiver in waivers {
            let place = waiver.location.map { "\($0.file):\($0.line)" } ?? "waivers"
            Console.error("termalign: warning: \(place): the waiver of \(waiver.fingerprint) names no finding \(scope) (stale: "
                          + "the finding is gone or its words changed); remove it or waive the finding again")
        }
    }
}
